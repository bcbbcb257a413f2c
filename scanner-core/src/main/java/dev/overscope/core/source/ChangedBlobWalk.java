package dev.overscope.core.source;

import java.io.IOException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * For each commit of a walk, the entries whose content differs from its first parent (all entries of a root commit).
 * No patch is made: comparing tree ids skips unchanged subtrees, and each changed entry yields only object ids. Every
 * blob reachable from the walked commits appears as a change of at least one of them.
 */
final class ChangedBlobWalk {
  /** Tree index of the first parent in the entries given to the listener. */
  static final int PARENT = 0;
  /** Tree index of the commit itself. */
  static final int COMMIT = 1;

  /** Receives each changed entry; {@code entry} is positioned on it (index {@link #PARENT} and {@link #COMMIT}). */
  interface Listener {
    void changed(RevCommit commit, TreeWalk entry) throws IOException;

    /** Called once per commit before its entries; a listener may skip commits it does not need. */
    default boolean wants(RevCommit commit) {
      return true;
    }

    /** Asked before each commit: false ends the walk there (the scan's time budget ran out), without a loss. */
    default boolean keepsGoing() {
      return true;
    }
  }

  private final RevWalk walk;
  private final TreeWalk treeWalk;
  private long commitsWalked;
  private long unreadableCommits;
  private boolean stopped;
  private String firstError = "";

  ChangedBlobWalk(RevWalk walk, String pathPrefix) {
    this.walk = walk;
    this.treeWalk = new TreeWalk(walk.getObjectReader());
    TreeFilter filter = pathPrefix.isEmpty() ? TreeFilter.ANY_DIFF
        : AndTreeFilter.create(PathFilter.create(pathPrefix), TreeFilter.ANY_DIFF);
    treeWalk.setFilter(filter);
    treeWalk.setRecursive(true);
  }

  /**
   * Walks every commit the RevWalk yields. A commit whose trees cannot be read is counted and skipped; a walk that
   * cannot go on (a missing or corrupt commit) stops, and {@link #firstError()} says why.
   */
  void run(Listener listener) {
    while (listener.keepsGoing()) {
      RevCommit commit;
      try {
        commit = walk.next();
      } catch (IOException | RuntimeException e) {
        stopped = true;
        remember(e);
        return;
      }
      if (commit == null) {
        return;
      }
      commitsWalked++;
      if (!listener.wants(commit)) {
        continue;
      }
      try {
        diff(commit, listener);
      } catch (IOException | RuntimeException e) {
        unreadableCommits++;
        remember(e);
      }
    }
  }

  private void diff(RevCommit commit, Listener listener) throws IOException {
    treeWalk.reset();
    if (commit.getParentCount() == 0) {
      treeWalk.addTree(new EmptyTreeIterator());
    } else {
      RevCommit parent = commit.getParent(0);
      walk.parseHeaders(parent);
      treeWalk.addTree(parent.getTree());
    }
    CanonicalTreeParser tree = new CanonicalTreeParser();
    tree.reset(treeWalk.getObjectReader(), commit.getTree());
    treeWalk.addTree(tree);
    while (treeWalk.next()) {
      listener.changed(commit, treeWalk);
    }
  }

  private void remember(Exception e) {
    if (firstError.isEmpty()) {
      firstError = (e instanceof MissingObjectException ? "missing object: " : "") + Messages.oneLine(e);
    }
  }

  long commitsWalked() {
    return commitsWalked;
  }

  long unreadableCommits() {
    return unreadableCommits;
  }

  /** True when the walk could not go on to older commits. */
  boolean stopped() {
    return stopped;
  }

  /** One line on what was lost, or empty when nothing was. */
  java.util.Optional<String> loss() {
    if (stopped) {
      return java.util.Optional.of("the history walk stopped after " + commitsWalked + " commit(s) (" + firstError
          + "); older commits were not scanned (run git fsck)");
    }
    if (unreadableCommits > 0) {
      return java.util.Optional.of(unreadableCommits + " of " + commitsWalked + " commit(s) could not be read ("
          + firstError + "); the others were scanned");
    }
    return java.util.Optional.empty();
  }

  String firstError() {
    return firstError;
  }
}
