package dev.overscope.core.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Whether each working-tree file is tracked, untracked or git-ignored, read once with JGit's own index and ignore
 * rules (nested .gitignore, info/exclude, core.excludesFile) rather than a re-implementation of them.
 */
final class GitWorkTreeStatus {
  private final Map<String, Tracking> byScanPath;

  private GitWorkTreeStatus(Map<String, Tracking> byScanPath) {
    this.byScanPath = byScanPath;
  }

  /** Status of every file under {@code root}, or empty when {@code root} is not inside a git work tree. */
  static Optional<GitWorkTreeStatus> read(Path root) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try (Repository repository = builder.setMustExist(true).build()) {
      if (repository.isBare()) {
        return Optional.empty();
      }
      Path workTree = repository.getWorkTree().toPath().toRealPath();
      String prefix = workTree.relativize(root.toRealPath()).toString().replace('\\', '/');
      Map<String, Tracking> statuses = new HashMap<>();
      try (TreeWalk walk = new TreeWalk(repository)) {
        walk.addTree(new DirCacheIterator(repository.readDirCache()));
        walk.addTree(new FileTreeIterator(repository));
        walk.setRecursive(true);
        if (!prefix.isEmpty()) {
          walk.setFilter(PathFilter.create(prefix));
        }
        while (walk.next()) {
          WorkingTreeIterator file = walk.getTree(1, WorkingTreeIterator.class);
          if (file == null) {
            continue; // in the index but deleted from disk: nothing for the working-tree scan to read
          }
          Tracking tracking;
          if (walk.getTree(0, DirCacheIterator.class) != null) {
            tracking = Tracking.TRACKED;
          } else if (file.isEntryIgnored()) {
            tracking = Tracking.IGNORED;
          } else {
            tracking = Tracking.UNTRACKED;
          }
          String repoPath = walk.getPathString();
          String scanPath = prefix.isEmpty() ? repoPath : repoPath.substring(prefix.length() + 1);
          statuses.put(scanPath, tracking);
        }
      }
      return Optional.of(new GitWorkTreeStatus(statuses));
    }
  }

  /**
   * Status of one path relative to the scanned root. Paths JGit did not list (inside a nested repository, say) are
   * untracked from this repository's point of view.
   */
  Tracking of(String scanPath) {
    return byScanPath.getOrDefault(scanPath, Tracking.UNTRACKED);
  }
}
