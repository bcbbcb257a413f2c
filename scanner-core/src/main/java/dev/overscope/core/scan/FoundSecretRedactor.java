package dev.overscope.core.scan;

import dev.overscope.core.engine.Detection;
import dev.overscope.core.finding.Redactor;
import dev.overscope.core.source.CommitOrigin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Redacts every secret the scan found from the free text reports carry beside findings: commit subjects and authors,
 * and the reasons of inline allows. People paste what they rotate into commit messages ("Remove leaked key AKIA…")
 * and quote keys in comments; without this, the report of a redacted finding would carry another secret in full one
 * field over.
 */
final class FoundSecretRedactor {
  private final List<Map.Entry<String, String>> redactions;
  private final Map<String, String> done = new HashMap<>();

  private FoundSecretRedactor(List<Map.Entry<String, String>> redactions) {
    this.redactions = redactions;
  }

  /** A redactor for every secret detected in these blobs, longest first so a secret holding another goes whole. */
  static FoundSecretRedactor of(List<BlobRecord> matched) {
    Map<String, String> bySecret = new LinkedHashMap<>();
    for (BlobRecord record : matched) {
      for (Detection detection : record.detections()) {
        bySecret.putIfAbsent(detection.secret(), Redactor.redact(detection.secret(), detection.rule().keywords()));
      }
    }
    List<Map.Entry<String, String>> ordered = new ArrayList<>(bySecret.entrySet());
    ordered.removeIf(entry -> entry.getKey().isEmpty());
    ordered.sort(Comparator.comparingInt((Map.Entry<String, String> entry) -> entry.getKey().length()).reversed());
    return new FoundSecretRedactor(ordered);
  }

  CommitOrigin apply(CommitOrigin origin) {
    String author = redact(origin.author());
    String subject = redact(origin.subject());
    if (author.equals(origin.author()) && subject.equals(origin.subject())) {
      return origin;
    }
    return new CommitOrigin(origin.commit(), origin.path(), author, origin.time(), subject, origin.provenance());
  }

  /** {@code text} with every found secret in it replaced by its redacted form. */
  String redact(String text) {
    return done.computeIfAbsent(text, original -> {
      String result = original;
      for (Map.Entry<String, String> redaction : redactions) {
        if (result.contains(redaction.getKey())) {
          result = result.replace(redaction.getKey(), redaction.getValue());
        }
      }
      return result;
    });
  }
}
