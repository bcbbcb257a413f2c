package dev.overscope.core.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real git repository in a temporary directory, built with JGit; commits carry fixed authors and dates. */
final class GitFixture implements AutoCloseable {
  static final Instant DAY_ONE = Instant.parse("2025-03-01T10:00:00Z");

  final Path root;
  final Git git;
  private Instant clock = DAY_ONE;

  private GitFixture(Path root, Git git) {
    this.root = root;
    this.git = git;
  }

  static GitFixture init(Path root) throws GitAPIException {
    return new GitFixture(root, Git.init().setDirectory(root.toFile()).setInitialBranch("main").call());
  }

  GitFixture write(String path, String content) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  GitFixture delete(String path) throws GitAPIException {
    git.rm().addFilepattern(path).call();
    return this;
  }

  GitFixture stage(String path) throws GitAPIException {
    git.add().addFilepattern(path).call();
    return this;
  }

  /** Stages everything (additions, changes, deletions) and commits as Ada, one day after the previous commit. */
  RevCommit commit(String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    PersonIdent ada = new PersonIdent("Ada Lovelace", "ada@example.org", clock, ZoneOffset.UTC);
    clock = clock.plusSeconds(86_400);
    return git.commit().setMessage(message).setAuthor(ada).setCommitter(ada).setSign(false).call();
  }

  GitFixture branch(String name, String startPoint) throws GitAPIException {
    git.checkout().setCreateBranch(true).setName(name).setStartPoint(startPoint).call();
    return this;
  }

  GitFixture checkout(String name) throws GitAPIException {
    git.checkout().setName(name).call();
    return this;
  }

  @Override
  public void close() {
    git.close();
  }
}
