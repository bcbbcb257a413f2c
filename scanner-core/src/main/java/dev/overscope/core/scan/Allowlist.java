package dev.overscope.core.scan;

import dev.overscope.core.config.Glob;
import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.finding.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The configuration's accepted exceptions: paths (globs), fingerprints, and regular expressions searched in the
 * secret or in its line, each entry with its reason.
 */
final class Allowlist {
  private final List<Entry> entries;

  private Allowlist(List<Entry> entries) {
    this.entries = entries;
  }

  static Allowlist of(OverscopeConfig config) {
    List<Entry> entries = new ArrayList<>();
    for (OverscopeConfig.AllowEntry entry : config.allowlist()) {
      entries.add(new Entry(entry.paths().stream().map(Glob::compile).toList(), entry.fingerprints(),
          entry.secrets().stream().map(Pattern::compile).toList(),
          entry.lines().stream().map(Pattern::compile).toList(), entry.reason()));
    }
    return new Allowlist(List.copyOf(entries));
  }

  /** The suppression for a secret found at {@code path} on {@code line}, if an entry allows it. */
  Optional<Suppression> match(String path, String fingerprint, String secret, String line) {
    for (Entry entry : entries) {
      if (entry.allows(path, fingerprint, secret, line)) {
        return Optional.of(new Suppression(Suppression.Kind.CONFIG, entry.reason));
      }
    }
    return Optional.empty();
  }

  private record Entry(
      List<Glob> paths, List<String> fingerprints, List<Pattern> secrets, List<Pattern> lines, String reason) {
    boolean allows(String path, String fingerprint, String secret, String line) {
      return paths.stream().anyMatch(glob -> glob.matches(path))
          || fingerprints.contains(fingerprint)
          || secrets.stream().anyMatch(pattern -> pattern.matcher(secret).find())
          || lines.stream().anyMatch(pattern -> pattern.matcher(line).find());
    }
  }
}
