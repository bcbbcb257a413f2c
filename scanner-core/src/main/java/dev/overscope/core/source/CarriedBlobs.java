package dev.overscope.core.source;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Which traced blobs each commit's history holds, filled parents first (a topological walk, oldest first): a commit
 * carries what its parents carry plus what it adds. A ref then reaches a blob when its tip carries it, which answers
 * "which refs reach it" for all refs and all blobs in the one walk. Sets are shared along unchanged lines.
 */
final class CarriedBlobs {
  private static final BitSet NONE = new BitSet();

  private final Map<RevCommit, BitSet> byCommit = new HashMap<>();
  private RevCommit current;
  private BitSet currentBits = NONE;
  private boolean shared;

  /** Starts a commit: it inherits what its parents carry. Parents outside the walk carry nothing. */
  void begin(RevCommit commit) {
    current = commit;
    currentBits = NONE;
    shared = true;
    for (int i = 0; i < commit.getParentCount(); i++) {
      BitSet parent = byCommit.get(commit.getParent(i));
      if (parent == null || parent.isEmpty()) {
        continue;
      }
      if (currentBits.isEmpty()) {
        currentBits = parent;
      } else if (!contains(currentBits, parent)) {
        currentBits = union(currentBits, parent);
        shared = false;
      }
    }
    if (!currentBits.isEmpty()) {
      byCommit.put(commit, currentBits);
    }
  }

  /** The current commit adds blob number {@code index}. */
  void adds(int index) {
    if (currentBits.get(index)) {
      return;
    }
    if (shared) {
      currentBits = (BitSet) currentBits.clone();
      shared = false;
    }
    currentBits.set(index);
    byCommit.put(current, currentBits);
  }

  /** The blobs a commit's history holds (empty for a commit outside the walk). */
  BitSet of(RevCommit commit) {
    return byCommit.getOrDefault(commit, NONE);
  }

  private static boolean contains(BitSet all, BitSet part) {
    BitSet rest = (BitSet) part.clone();
    rest.andNot(all);
    return rest.isEmpty();
  }

  private static BitSet union(BitSet a, BitSet b) {
    BitSet both = (BitSet) a.clone();
    both.or(b);
    return both;
  }
}
