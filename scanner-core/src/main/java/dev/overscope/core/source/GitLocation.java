package dev.overscope.core.source;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git repository a scanned root belongs to.
 *
 * @param gitDir the repository's git directory
 * @param bare true when the repository has no working tree (the root is the git directory itself)
 * @param prefix the root's path inside the work tree, with forward slashes ("" at the top): history is read below it
 */
public record GitLocation(File gitDir, boolean bare, String prefix) {

  /** The repository holding {@code root}, or empty when the root is not inside one. */
  public static Optional<GitLocation> find(Path root) throws IOException {
    Path start = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(start)) {
      start = start.getParent();
    }
    if (start == null || !Files.exists(start)) {
      return Optional.empty();
    }
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(start.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try (Repository repository = builder.setMustExist(true).build()) {
      if (repository.isBare()) {
        return Optional.of(new GitLocation(repository.getDirectory(), true, ""));
      }
      Path workTree = repository.getWorkTree().toPath().toRealPath();
      Path real = root.toRealPath();
      if (!real.startsWith(workTree)) {
        return Optional.empty(); // inside the .git directory of a work tree, not in the tree itself
      }
      String prefix = workTree.relativize(real).toString().replace('\\', '/');
      if (prefix.equals(".git") || prefix.startsWith(".git/")) {
        return Optional.empty();
      }
      return Optional.of(new GitLocation(repository.getDirectory(), false, prefix));
    }
  }

  /** Opens the repository; the caller closes it. */
  public Repository open() throws IOException {
    return new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build();
  }
}
