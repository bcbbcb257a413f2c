package dev.overscope.core.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectIdRef;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.ReflogEntry;
import org.eclipse.jgit.lib.ReflogReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevBlob;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Where a history walk starts: every ref (branches, tags, remote-tracking refs, notes), each stash entry and a
 * detached HEAD, peeled to commits; in range mode the tip and the base. Tags that point straight at a blob or a tree
 * are kept apart, since no commit holds them.
 */
final class HistoryStarts {
  final List<Ref> namedTips = new ArrayList<>();
  final List<RevCommit> starts = new ArrayList<>();
  final List<RevCommit> bases = new ArrayList<>();
  final List<Ref> taggedObjects = new ArrayList<>();
  int missingTips;

  private HistoryStarts() {}

  static HistoryStarts resolve(Repository repository, RevWalk walk, HistoryScope scope)
      throws IOException, SourceException {
    HistoryStarts starts = new HistoryStarts();
    starts.collectNamedTips(repository);
    if (scope.mode() == HistoryScope.Mode.RANGE) {
      starts.starts.add(commit(repository, walk, scope.tipOrHead()));
      starts.bases.add(commit(repository, walk, scope.base().orElseThrow()));
    } else {
      for (Ref ref : starts.namedTips) {
        starts.peelToStart(walk, ref);
      }
    }
    return starts;
  }

  private void collectNamedTips(Repository repository) throws IOException {
    for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_REFS)) {
      if (ref.getObjectId() != null) {
        namedTips.add(ref);
      }
    }
    Ref head = repository.exactRef(Constants.HEAD);
    if (head != null && !head.isSymbolic() && head.getObjectId() != null) {
      namedTips.add(head); // detached HEAD: commits made there are on no branch
    }
    // refs/stash names only the newest entry; older ones live in its reflog and are just as readable.
    ReflogReader stashLog = repository.getRefDatabase().getReflogReader(Constants.R_STASH);
    if (stashLog != null) {
      List<ReflogEntry> entries = stashLog.getReverseEntries();
      for (int i = 1; i < entries.size(); i++) {
        ObjectId id = entries.get(i).getNewId();
        namedTips.add(new ObjectIdRef.Unpeeled(Ref.Storage.LOOSE, "stash@{" + i + "}", id));
      }
    }
  }

  private void peelToStart(RevWalk walk, Ref ref) throws IOException {
    try {
      RevObject object = walk.parseAny(ref.getObjectId());
      while (object instanceof RevTag tag) {
        object = walk.peel(tag);
      }
      if (object instanceof RevCommit commit) {
        starts.add(commit);
      } else if (object instanceof RevBlob || object instanceof RevTree) {
        taggedObjects.add(ref);
      }
    } catch (IOException e) {
      missingTips++; // missing (partial clone) or corrupt: the other refs are still walked
    }
  }

  private static RevCommit commit(Repository repository, RevWalk walk, String revision)
      throws IOException, SourceException {
    ObjectId id;
    try {
      id = repository.resolve(revision + "^{commit}");
    } catch (RevisionSyntaxException e) {
      throw new SourceException("not a revision: '" + revision + "'");
    }
    if (id == null) {
      throw new SourceException("unknown revision '" + revision + "': no such branch, tag or commit");
    }
    return walk.parseCommit(id);
  }

  /** Short name of a ref for reports: main, origin/main, v1.2, stash, stash@{2}. */
  static String shortName(Ref ref) {
    return Repository.shortenRefName(ref.getName());
  }
}
