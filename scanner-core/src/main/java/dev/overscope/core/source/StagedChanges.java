package dev.overscope.core.source;

import java.io.IOException;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * What {@code git commit} would record now: index entries whose content differs from HEAD's (every entry before the
 * first commit). For a pre-commit hook: the staged content is read from the object database, not from the working
 * tree, so an unstaged edit neither hides nor adds a secret.
 */
final class StagedChanges {
  private static final int INDEX = 0;

  private StagedChanges() {}

  static void read(Repository repository, GitLocation location, BlobVisitor visitor, long maxFileSize)
      throws IOException {
    if (repository.isBare()) {
      visitor.notice(new Notice("", Notice.Kind.NOTE, "a bare repository has no index: nothing is staged"));
      return;
    }
    String prefix = location.prefix();
    ObjectId headTree = repository.resolve("HEAD^{tree}");
    try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(new DirCacheIterator(repository.readDirCache()));
      if (headTree == null) {
        walk.addTree(new EmptyTreeIterator());
      } else {
        CanonicalTreeParser head = new CanonicalTreeParser();
        head.reset(reader, headTree);
        walk.addTree(head);
      }
      walk.setRecursive(true);
      walk.setFilter(prefix.isEmpty() ? TreeFilter.ANY_DIFF
          : AndTreeFilter.create(PathFilter.create(prefix), TreeFilter.ANY_DIFF));
      GitBlobReader.Losses losses = new GitBlobReader.Losses();
      GitBlobReader blobs = new GitBlobReader(reader, visitor, maxFileSize, losses);
      while (visitor.wantsMore() && walk.next()) {
        DirCacheIterator index = walk.getTree(INDEX, DirCacheIterator.class);
        if (index == null || !GitHistorySource.isBlob(walk.getRawMode(INDEX))) {
          continue; // deleted from the index, or a submodule
        }
        DirCacheEntry entry = index.getDirCacheEntry();
        if (entry == null || entry.getStage() != DirCacheEntry.STAGE_0 || entry.isIntentToAdd()) {
          continue; // a conflict or an intent-to-add entry: no staged content yet
        }
        String path = walk.getPathString();
        String scanPath = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
        blobs.offer(walk.getObjectId(INDEX), new FileOrigin(scanPath, Tracking.TRACKED));
      }
      losses.report(visitor);
    }
  }
}
