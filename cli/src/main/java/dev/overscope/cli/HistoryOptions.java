package dev.overscope.cli;

import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.source.HistoryScope;

/** Turns the scan command's history flags into the request's sources, refusing combinations that contradict. */
final class HistoryOptions {
  private HistoryOptions() {}

  static ScanRequest apply(ScanRequest request, boolean noHistory, boolean historyOnly, String since, String range,
      boolean staged, boolean allObjects) throws UsageException {
    int narrowing = (since != null ? 1 : 0) + (range != null ? 1 : 0) + (staged ? 1 : 0);
    if (narrowing > 1) {
      throw new UsageException("choose one of --since, --range and --staged");
    }
    if (noHistory && (historyOnly || narrowing > 0 || allObjects)) {
      throw new UsageException("--no-history cannot be combined with other history options");
    }
    if (allObjects && narrowing > 0) {
      throw new UsageException("--all-objects reads every ref's history; it cannot be combined with --since,"
          + " --range or --staged");
    }
    if (noHistory) {
      return request.withoutHistory();
    }
    if (since != null) {
      return request.historyOnly(HistoryScope.since(since));
    }
    if (range != null) {
      try {
        return request.historyOnly(HistoryScope.parseRange(range));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--range: " + e.getMessage());
      }
    }
    if (staged) {
      return request.historyOnly(HistoryScope.staged());
    }
    HistoryScope all = allObjects ? HistoryScope.allRefs().withAllObjects() : HistoryScope.allRefs();
    return historyOnly ? request.historyOnly(all) : request.withHistory(all);
  }
}
