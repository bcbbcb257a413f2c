package dev.overscope.detectors.java;

import dev.overscope.core.engine.Detection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The detections of one file, one per secret: a provider rule from the catalogue beats a sink rule, which beats
 * a name-based one, since the finding's id hashes the rule and one secret should be one finding.
 */
final class Findings {
  /** How strongly a detection is backed; the stronger replaces the weaker for the same secret. */
  enum Strength { NAME, SINK, CATALOGUE }

  private record Entry(Strength strength, Detection detection) {}

  private final Map<String, Entry> bySecret = new LinkedHashMap<>();

  void add(Strength strength, Detection detection) {
    Entry known = bySecret.get(detection.secret());
    if (known == null || known.strength().compareTo(strength) < 0) {
      bySecret.put(detection.secret(), new Entry(strength, detection));
    }
  }

  boolean has(String secret) {
    return bySecret.containsKey(secret);
  }

  List<Detection> detections() {
    List<Detection> all = new ArrayList<>();
    bySecret.values().forEach(entry -> all.add(entry.detection()));
    return all;
  }
}
