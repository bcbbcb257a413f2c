package dev.overscope.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Drops a detection when another one in the same blob covers an overlapping secret span and outranks it
 * ({@link dev.overscope.core.rule.Rule#yieldsTo}): one secret is reported once, by the rule that knows it best.
 */
final class Overlaps {
  private Overlaps() {}

  /** A detection with its secret's character offsets in the blob, end exclusive. */
  record Placed(Detection detection, int start, int end) {
    boolean overlaps(Placed other) {
      return start < other.end && other.start < end;
    }
  }

  /** The detections that yield to no overlapping one, in their original order. */
  static List<Detection> resolve(List<Placed> placed) {
    if (placed.size() < 2) {
      return placed.stream().map(Placed::detection).toList();
    }
    Integer[] order = new Integer[placed.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> placed.get(i).start()));
    boolean[] dropped = new boolean[placed.size()];
    for (int a = 0; a < order.length; a++) {
      Placed first = placed.get(order[a]);
      // Sorted by start: once a later detection starts at or after this end, no further one overlaps it.
      for (int b = a + 1; b < order.length && placed.get(order[b]).start() < first.end(); b++) {
        Placed second = placed.get(order[b]);
        if (!first.overlaps(second)) {
          continue;
        }
        if (first.detection().rule().yieldsTo(second.detection().rule())) {
          dropped[order[a]] = true;
        }
        if (second.detection().rule().yieldsTo(first.detection().rule())) {
          dropped[order[b]] = true;
        }
      }
    }
    List<Detection> kept = new ArrayList<>();
    for (int i = 0; i < placed.size(); i++) {
      if (!dropped[i]) {
        kept.add(placed.get(i).detection());
      }
    }
    return kept;
  }
}
