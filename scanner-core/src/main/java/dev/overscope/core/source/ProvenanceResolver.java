package dev.overscope.core.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * commit on HEAD's first-parent line that took it away; then asks which refs reach the introducing commits.
 */
final class ProvenanceResolver {
  /** Enough to name where a secret spread; past this many introducing commits the ref list may be partial. */
  private static final int MAX_INTRODUCERS_FOR_REFS = 32;

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
    for (String id : blobIds) {
      if (ObjectId.isId(id)) {
        targets.addIfAbsent(new Target(ObjectId.fromString(id)));
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
      new ChangedBlobWalk(walk, prefix).run((commit, entry) -> {
        if (GitHistorySource.isBlob(entry.getRawMode(ChangedBlobWalk.COMMIT))) {
          entry.getObjectId(id, ChangedBlobWalk.COMMIT);
          Target added = targets.get(id);
          if (added != null) {
            added.addedAt(walk, commit, entry.getPathString());
          }
        }
        if (GitHistorySource.isBlob(entry.getRawMode(ChangedBlobWalk.PARENT)) && headLine.contains(commit)) {
          entry.getObjectId(id, ChangedBlobWalk.PARENT);
          Target removed = targets.get(id);
          if (removed != null) {
            removed.removedIn = commit.name(); // oldest first: the last one seen is the latest removal
          }
        }
      });
      markPresentAtHead(walk, targets);
    }
    return origins(targets, headLineExists(), starts.namedTips);
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

  private Map<String, List<CommitOrigin>> origins(ObjectIdSubclassMap<Target> targets, boolean hasHead,
      List<Ref> namedTips) throws IOException {
    Map<String, List<CommitOrigin>> result = new HashMap<>();
    Map<RevCommit, List<String>> refsByCommit = new HashMap<>();
    try (RevWalk walk = new RevWalk(repository)) {
      List<Ref> commitTips = commitTips(walk, namedTips);
      for (Target target : targets) {
        if (target.byPath.isEmpty()) {
          continue;
        }
        Set<String> refs = new TreeSet<>();
        int traced = 0;
        for (RevCommit introducer : target.introducers) {
          if (traced++ == MAX_INTRODUCERS_FOR_REFS) {
            break;
          }
          refs.addAll(refsByCommit.computeIfAbsent(introducer, commit -> reachingRefs(walk, commit, commitTips)));
        }
        Provenance provenance = new Provenance(List.copyOf(refs), atHead(target, hasHead),
            target.presentAtHead ? Optional.empty() : Optional.ofNullable(target.removedIn));
        List<CommitOrigin> origins = new ArrayList<>();
        for (CommitOrigin origin : target.byPath.values()) {
          origins.add(origin.withProvenance(provenance));
        }
        result.put(target.name(), origins);
      }
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

  private static List<Ref> commitTips(RevWalk walk, List<Ref> namedTips) {
    List<Ref> tips = new ArrayList<>();
    for (Ref ref : namedTips) {
      try {
        walk.parseCommit(ref.getObjectId());
        tips.add(ref);
      } catch (IOException e) {
        // a tag of a blob or tree, or a missing object: it reaches no commit
      }
    }
    return tips;
  }

  private static List<String> reachingRefs(RevWalk walk, RevCommit introducer, List<Ref> tips) {
    try {
      RevCommit commit = walk.parseCommit(introducer);
      List<String> names = new ArrayList<>();
      for (Ref ref : walk.getMergedInto(commit, tips)) {
        names.add(HistoryStarts.shortName(ref));
      }
      return names;
    } catch (IOException e) {
      return List.of();
    }
  }

  static String describe(PersonIdent ident) {
    return ident.getName() + " <" + ident.getEmailAddress() + ">";
  }

  /** One blob being traced. */
  private static final class Target extends ObjectId {
    final Map<String, CommitOrigin> byPath = new LinkedHashMap<>();
    final Set<RevCommit> introducers = new LinkedHashSet<>();
    boolean presentAtHead;
    String removedIn;

    Target(ObjectId id) {
      super(id);
    }

    void addedAt(RevWalk walk, RevCommit commit, String path) throws IOException {
      introducers.add(commit);
      if (!byPath.containsKey(path)) {
        walk.parseBody(commit);
        PersonIdent author = commit.getAuthorIdent();
        byPath.put(path, new CommitOrigin(commit.name(), path, describe(author), author.getWhenAsInstant(),
            commit.getShortMessage()));
      }
    }
  }
}
