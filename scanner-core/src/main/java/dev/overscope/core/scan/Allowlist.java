package dev.overscope.core.scan;

import dev.overscope.core.config.Glob;
import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.finding.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The configuration's accepted exceptions: paths (globs) and fingerprints, each with its reason. */
final class Allowlist {
  private final List<Entry> entries;

  private Allowlist(List<Entry> entries) {
    this.entries = entries;
  }

  static Allowlist of(OverscopeConfig config) {
    List<Entry> entries = new ArrayList<>();
    for (OverscopeConfig.AllowEntry entry : config.allowlist()) {
      List<Glob> matchers = entry.paths().stream().map(Glob::compile).toList();
      entries.add(new Entry(matchers, entry.fingerprints(), entry.reason()));
    }
    return new Allowlist(List.copyOf(entries));
  }

  /** The suppression for a secret found at {@code path}, if an entry allows it. */
  Optional<Suppression> match(String path, String fingerprint) {
    for (Entry entry : entries) {
      boolean pathAllowed = entry.paths.stream().anyMatch(matcher -> matcher.matches(path));
      if (pathAllowed || entry.fingerprints.contains(fingerprint)) {
        return Optional.of(new Suppression(Suppression.Kind.CONFIG, entry.reason));
      }
    }
    return Optional.empty();
  }

  private record Entry(List<Glob> paths, List<String> fingerprints, String reason) {}
}
