package dev.overscope.core.scan;

import dev.overscope.core.finding.Location;
import dev.overscope.core.source.CommitOrigin;
import dev.overscope.core.source.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Only added content counts: a secret that stays in a file while other lines change lives in many versions (blobs)
 * of it, but was added once. Per path, the history locations of a finding collapse into the earliest one, the commit
 * that first added the secret there, carrying what all the versions say about refs and HEAD.
 */
final class HistoryLocations {
  private HistoryLocations() {}

  /**
   * Collapses items that carry a location (a location and whatever goes with it).
   *
   * @param locationOf the item's location
   * @param withLocation the same item with another location
   */
  static <T> List<T> collapse(List<T> items, Function<T, Location> locationOf,
      BiFunction<T, Location, T> withLocation) {
    Map<String, List<T>> historyByPath = new LinkedHashMap<>();
    List<T> result = new ArrayList<>();
    for (T item : items) {
      Location location = locationOf.apply(item);
      if (location.origin() instanceof CommitOrigin commit && commit.inCommit()) {
        historyByPath.computeIfAbsent(location.path(), path -> new ArrayList<>()).add(item);
      } else {
        result.add(item);
      }
    }
    for (List<T> versions : historyByPath.values()) {
      versions.sort(Comparator.comparing(item -> origin(locationOf.apply(item)).time()));
      T first = versions.get(0);
      Location location = locationOf.apply(first);
      Provenance merged = origin(location).provenance();
      for (int i = 1; i < versions.size(); i++) {
        merged = merged.mergedWith(origin(locationOf.apply(versions.get(i))).provenance());
      }
      result.add(withLocation.apply(first, new Location(origin(location).withProvenance(merged), location.span(),
          location.reach(), location.exposures(), location.snippet())));
    }
    return result;
  }

  private static CommitOrigin origin(Location location) {
    return (CommitOrigin) location.origin();
  }
}
