package dev.overscope.action;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;

/** A temporary git repository built with JGit, for the runner's checkout. */
final class TestRepository implements AutoCloseable {
  private static final PersonIdent ADA = new PersonIdent("Ada Lovelace", "ada@example.org");
  private final Git git;
  final Path dir;

  private TestRepository(Git git, Path dir) {
    this.git = git;
    this.dir = dir;
  }

  static TestRepository init(Path dir) throws Exception {
    return new TestRepository(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
  }

  /** A fabricated Railway-shaped UUID, built at run time so that no token sits in the sources. */
  static String fabricatedUuid(long seed) {
    Random random = new Random(seed);
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < 32; i++) {
      hex.append("0123456789abcdef".charAt(random.nextInt(16)));
    }
    return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-4" + hex.substring(13, 16) + "-a"
        + hex.substring(17, 20) + "-" + hex.substring(20, 32);
  }

  RevCommit write(String file, String content, String message) throws Exception {
    Path target = dir.resolve(file);
    Files.createDirectories(target.getParent());
    Files.writeString(target, content);
    git.add().addFilepattern(file).call();
    return commit(message);
  }

  RevCommit delete(String file, String message) throws Exception {
    git.rm().addFilepattern(file).call();
    return commit(message);
  }

  void branch(String name) throws Exception {
    git.checkout().setCreateBranch(true).setName(name).call();
  }

  /** A remote-tracking ref, as actions/checkout with fetch-depth: 0 leaves them. */
  void remoteBranch(String name, RevCommit commit) throws Exception {
    RefUpdate update = git.getRepository().updateRef("refs/remotes/origin/" + name);
    update.setNewObjectId(commit);
    update.forceUpdate();
  }

  private RevCommit commit(String message) throws Exception {
    return git.commit().setMessage(message).setAuthor(ADA).setCommitter(ADA).setSign(false).call();
  }

  @Override
  public void close() {
    git.close();
  }
}
