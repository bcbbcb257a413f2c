package dev.overscope.maven;

import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Location;
import dev.overscope.core.policy.Severity;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.source.CommitOrigin;
import dev.overscope.report.Wording;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What {@code check} says in the build log: one line per finding, and a failure message a developer can act on
 * without opening a file (what, where, how bad, then how to rotate, allow or baseline). Never a raw secret.
 */
final class CheckReport {
  private final ScanResult result;
  private final Path root;

  CheckReport(ScanResult result, Path root) {
    this.result = result;
    this.root = root;
  }

  /** "CLAUDE.md:3 Railway account or workspace API token — scope root, reach context (evidence) — secret 073f…". */
  static String line(Finding finding) {
    Location primary = finding.primaryLocation();
    String where = primary.path() + ":" + primary.span().startLine();
    if (primary.origin() instanceof CommitOrigin commit) {
      where += " in commit " + Wording.shortId(commit.commit());
    }
    int others = finding.locations().size() - 1;
    return printable(where) + (others > 0 ? " (and " + others + " more places)" : "") + " "
        + Wording.headline(finding) + " (" + finding.verdict().evidence() + ") — secret " + finding.redacted()
        + ", id " + finding.id();
  }

  /** Findings worth a warning that do not fail the build. */
  List<String> findingsBelowThePolicy() {
    return result.findings().stream()
        .filter(finding -> !finding.violation() && finding.suppression().isEmpty()
            && finding.severity() != Severity.NOTE)
        .map(finding -> "Overscope: " + finding.severity().label() + ": " + line(finding))
        .toList();
  }

  String summary() {
    long suppressed = result.findings().stream().filter(finding -> finding.suppression().isPresent()).count();
    var stats = result.stats();
    return String.format(Locale.ROOT,
        "Overscope: scanned %d files (%.1f MB) in %.1f s: %d finding(s), %d failing the policy (%s)%s.",
        stats.blobsScanned(), stats.bytesScanned() / 1_000_000.0, stats.duration().toMillis() / 1000.0,
        result.findings().size() - suppressed, result.violations().size(), result.policy().describe(),
        suppressed == 0 ? "" : ", " + suppressed + " allowed or baselined");
  }

  /** The message of the build failure: every violation, the report, and the three ways forward. */
  String failureMessage(Path sarif, Path configFile, Path baselineFile) {
    List<Finding> violations = result.violations();
    StringBuilder out = new StringBuilder();
    out.append("Overscope: ").append(violations.size())
        .append(violations.size() == 1 ? " credential within agents' reach fails" : " credentials within agents' reach fail")
        .append(" the policy (").append(result.policy().describe()).append("):\n");
    for (Finding finding : violations) {
      out.append("  ").append(line(finding)).append('\n');
    }
    if (sarif != null) {
      out.append("SARIF report: ").append(sarif).append('\n');
    }
    out.append("Rotate ").append(violations.size() == 1 ? "it" : "each one")
        .append(" first: it has been readable by any agent working here. To accept a finding instead, either\n")
        .append("  - allow it with a reason in ").append(display(configFile, root.resolve(".overscope.yaml")))
        .append(":\n")
        .append("      allowlist:\n")
        .append("        - fingerprints: [")
        .append(String.join(", ", violations.stream().map(Finding::id).toList())).append("]\n")
        .append("          reason: <why this credential is acceptable here>\n")
        .append("  - or accept every current finding into ").append(display(baselineFile, baselineFile))
        .append(": mvn overscope:baseline");
    return out.toString();
  }

  private String display(Path file, Path fallback) {
    Path shown = file == null ? fallback : file;
    return printable(shown.startsWith(root) ? root.relativize(shown).toString() : shown.toString());
  }

  static String printable(String text) {
    return dev.overscope.report.Wording.printable(text);
  }
}
