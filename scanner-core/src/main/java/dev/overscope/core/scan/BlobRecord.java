package dev.overscope.core.scan;

import dev.overscope.core.engine.Detection;
import dev.overscope.core.source.CommitOrigin;
import dev.overscope.core.source.Origin;
import java.util.ArrayList;
import java.util.List;

/** One unique blob: where it was seen and, once scanned, what it held. Origins are dropped when it held nothing. */
final class BlobRecord {
  private final String id;
  private final List<Origin> origins = new ArrayList<>();
  private List<Detection> detections;
  private String firstPath = "";

  BlobRecord(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  synchronized void addOrigin(Origin origin) {
    if (origins.isEmpty() && firstPath.isEmpty()) {
      firstPath = origin.path();
    }
    if (detections == null || !detections.isEmpty()) {
      origins.add(origin);
    }
  }

  synchronized void complete(List<Detection> found) {
    detections = List.copyOf(found);
    if (detections.isEmpty()) {
      origins.clear();
    }
  }

  synchronized List<Origin> origins() {
    return List.copyOf(origins);
  }

  /** True when the blob was seen in the git history (its provenance can be traced). */
  synchronized boolean inHistory() {
    return origins.stream().anyMatch(origin -> origin instanceof CommitOrigin commit && commit.inCommit());
  }

  /**
   * Replaces the history origins met while reading (one per blob, wherever the walk first saw it) with the traced
   * ones: every path, each with its introducing commit and provenance. Other origins stay.
   */
  synchronized void replaceHistoryOrigins(List<CommitOrigin> traced) {
    origins.removeIf(origin -> origin instanceof CommitOrigin commit && commit.inCommit());
    origins.addAll(traced);
  }

  synchronized List<Detection> detections() {
    return detections == null ? List.of() : detections;
  }

  synchronized String firstPath() {
    return firstPath;
  }
}
