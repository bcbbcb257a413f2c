package dev.overscope.core.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.lib.MutableObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectIdSubclassMap;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Traces, for the few blobs that matched, where they came from: a second walk over the same commits, oldest first,
 * comparing tree ids only (no blob is read), notes the first commit that added each blob at each path and the last
 * commit on HEAD's first-parent line that took it away, and which refs reach it (see {@link CarriedBlobs}).
 */
final class ProvenanceResolver {
  private final Repository repository;
  private final HistoryScope scope;
  private final String prefix;

  ProvenanceResolver(Repository repository, HistoryScope scope, String prefix) {
    this.repository = repository;
    this.scope = scope;
    this.prefix = prefix;
  }

  Map<String, List<CommitOrigin>> resolve(Collection<String> blobIds) throws IOException {
    ObjectIdSubclassMap<Target> targets = new ObjectIdSubclassMap<>();
    List<Target> byIndex = new ArrayList<>();
    for (String id : blobIds) {
      if (ObjectId.isId(id) && !targets.contains(ObjectId.fromString(id))) {
        Target target = new Target(ObjectId.fromString(id), byIndex.size());
        targets.add(target);
        byIndex.add(target);
      }
    }
    if (targets.isEmpty()) {
      return Map.of();
    }
    HistoryStarts starts;
    try (RevWalk walk = new RevWalk(repository)) {
      try {
        starts = HistoryStarts.resolve(repository, walk, scope);
      } catch (SourceException e) {
        throw new IOException(e.getMessage(), e);
      }
      Set<ObjectId> headLine = headFirstParentLine(walk);
      walk.sort(RevSort.TOPO, true);
      walk.sort(RevSort.REVERSE, true);
      walk.markStart(starts.starts);
      for (RevCommit base : starts.bases) {
        walk.markUninteresting(base);
      }
      MutableObjectId id = new MutableObjectId();
      CarriedBlobs carried = new CarriedBlobs();
      new ChangedBlobWalk(walk, prefix).run(new ChangedBlobWalk.Listener() {
        @Override
        public boolean wants(RevCommit commit) {
          carried.begin(commit);
          return true;
        }

        @Override
        public void changed(RevCommit commit, TreeWalk entry) throws IOException {
          if (GitHistorySource.isBlob(entry.getRawMode(ChangedBlobWalk.COMMIT))) {
            entry.getObjectId(id, ChangedBlobWalk.COMMIT);
            Target added = targets.get(id);
            if (added != null) {
              added.addedAt(walk, commit, entry.getPathString());
              carried.adds(added.index);
            }
          }
          if (GitHistorySource.isBlob(entry.getRawMode(ChangedBlobWalk.PARENT)) && headLine.contains(commit)) {
            entry.getObjectId(id, ChangedBlobWalk.PARENT);
            Target removed = targets.get(id);
            if (removed != null) {
              removed.removedIn = commit.name(); // oldest first: the last one seen is the latest removal
            }
          }
        }
      });
      markPresentAtHead(walk, targets);
      nameReachingRefs(walk, starts.namedTips, carried, byIndex);
    }
    return origins(targets, headLineExists());
  }

  /** A ref reaches a blob when the commit it points to carries it. */
  private static void nameReachingRefs(RevWalk walk, List<Ref> namedTips, CarriedBlobs carried,
      List<Target> byIndex) {
    for (Ref ref : namedTips) {
      RevCommit tip;
      try {
        tip = walk.parseCommit(ref.getObjectId());
      } catch (IOException e) {
        continue; // a tag of a blob or a tree, or a missing object: it reaches no commit
      }
      BitSet held = carried.of(tip);
      for (int i = held.nextSetBit(0); i >= 0; i = held.nextSetBit(i + 1)) {
        byIndex.get(i).refs.add(HistoryStarts.shortName(ref));
      }
    }
  }

  private Set<ObjectId> headFirstParentLine(RevWalk walk) throws IOException {
    Set<ObjectId> line = new java.util.HashSet<>();
    ObjectId head = repository.resolve("HEAD^{commit}");
    try {
      RevCommit commit = head == null ? null : walk.parseCommit(head);
      while (commit != null) {
        line.add(commit.copy());
        commit = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
      }
    } catch (IOException e) {
      // A shallow or damaged line: removals are named as far as it can be followed.
    }
    walk.reset();
    return line;
  }

  private boolean headLineExists() throws IOException {
    return repository.resolve("HEAD^{tree}") != null;
  }

  private void markPresentAtHead(RevWalk walk, ObjectIdSubclassMap<Target> targets) throws IOException {
    ObjectId headTree = repository.resolve("HEAD^{tree}");
    if (headTree == null) {
      return;
    }
    try (TreeWalk tree = new TreeWalk(walk.getObjectReader())) {
      tree.addTree(headTree);
      tree.setRecursive(true);
      if (!prefix.isEmpty()) {
        tree.setFilter(PathFilter.create(prefix));
      }
      MutableObjectId id = new MutableObjectId();
      while (tree.next()) {
        tree.getObjectId(id, 0);
        Target target = targets.get(id);
        if (target != null) {
          target.presentAtHead = true;
        }
      }
    }
  }

  private static Map<String, List<CommitOrigin>> origins(ObjectIdSubclassMap<Target> targets, boolean hasHead) {
    Map<String, List<CommitOrigin>> result = new HashMap<>();
    for (Target target : targets) {
      if (target.byPath.isEmpty()) {
        continue;
      }
      Provenance provenance = new Provenance(List.copyOf(target.refs), atHead(target, hasHead),
          target.presentAtHead ? Optional.empty() : Optional.ofNullable(target.removedIn));
      List<CommitOrigin> origins = new ArrayList<>();
      for (CommitOrigin origin : target.byPath.values()) {
        origins.add(origin.withProvenance(provenance));
      }
      result.put(target.name(), origins);
    }
    return result;
  }

  private static Provenance.AtHead atHead(Target target, boolean hasHead) {
    if (!hasHead) {
      return Provenance.AtHead.UNKNOWN;
    }
    if (target.presentAtHead) {
      return Provenance.AtHead.PRESENT;
    }
    return target.removedIn != null ? Provenance.AtHead.REMOVED : Provenance.AtHead.NOT_ON_HEAD;
  }

  static String describe(PersonIdent ident) {
    return ident.getName() + " <" + ident.getEmailAddress() + ">";
  }

  /** One blob being traced. */
  private static final class Target extends ObjectId {
    final int index;
    final Map<String, CommitOrigin> byPath = new LinkedHashMap<>();
    final Set<String> refs = new TreeSet<>();
    boolean presentAtHead;
    String removedIn;

    Target(ObjectId id, int index) {
      super(id);
      this.index = index;
    }

    void addedAt(RevWalk walk, RevCommit commit, String path) throws IOException {
      if (!byPath.containsKey(path)) {
        walk.parseBody(commit);
        PersonIdent author = commit.getAuthorIdent();
        byPath.put(path, new CommitOrigin(commit.name(), path, CommitOrigin.bounded(describe(author)),
            author.getWhenAsInstant(), CommitOrigin.bounded(commit.getShortMessage())));
      }
    }
  }
}
