package dev.overscope.core.scan;

import dev.overscope.core.finding.Location;
import dev.overscope.core.source.CommitOrigin;
import dev.overscope.core.source.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Only added content counts: a secret that stays in a file while other lines change lives in many versions (blobs)
 * of it, but was added once. Per path, the history locations of a finding collapse into the earliest one, the commit
 * that first added the secret there, carrying what all the versions say about refs and HEAD.
 */
final class HistoryLocations {
  private HistoryLocations() {}

  static List<Location> collapse(List<Location> locations) {
    Map<String, List<Location>> historyByPath = new LinkedHashMap<>();
    List<Location> result = new ArrayList<>();
    for (Location location : locations) {
      if (location.origin() instanceof CommitOrigin commit && commit.inCommit()) {
        historyByPath.computeIfAbsent(location.path(), path -> new ArrayList<>()).add(location);
      } else {
        result.add(location);
      }
    }
    for (List<Location> versions : historyByPath.values()) {
      versions.sort(Comparator.comparing(location -> ((CommitOrigin) location.origin()).time()));
      Location first = versions.get(0);
      CommitOrigin origin = (CommitOrigin) first.origin();
      Provenance merged = origin.provenance();
      for (int i = 1; i < versions.size(); i++) {
        merged = merged.mergedWith(((CommitOrigin) versions.get(i).origin()).provenance());
      }
      result.add(new Location(origin.withProvenance(merged), first.span(), first.reach(), first.exposures(),
          first.snippet()));
    }
    return result;
  }
}
