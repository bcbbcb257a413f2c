package dev.overscope.report.markdown;

import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Location;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.source.Notice;
import dev.overscope.report.ReportWriter;
import dev.overscope.report.SecuritySeverity;
import dev.overscope.report.Wording;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Markdown summary for a pull-request comment or a GitHub step summary ({@code $GITHUB_STEP_SUMMARY}): the verdict,
 * one table row per finding, what to do per rule. Rows are capped so the text stays well under GitHub's 65,536
 * characters for a comment; the SARIF and JSON reports hold everything.
 */
public final class MarkdownReportWriter implements ReportWriter {
  static final int MAX_ROWS = 50;
  static final int MAX_NOTICES = 20;

  @Override
  public void write(ScanResult result, OutputStream out) throws IOException {
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    List<Finding> active = result.findings().stream().filter(finding -> finding.suppression().isEmpty()).toList();
    List<Finding> suppressed = result.findings().stream().filter(finding -> finding.suppression().isPresent()).toList();
    w.println("## Overscope: " + (result.policyFailed() ? "policy failed" : "policy passed"));
    w.println();
    w.println(verdict(result, active.size(), suppressed.size()));
    w.println();
    if (!active.isEmpty()) {
      writeTable(w, active);
      writeActions(w, active);
    }
    if (!suppressed.isEmpty()) {
      w.println("<details><summary>" + suppressed.size() + " accepted (suppressed)</summary>");
      w.println();
      w.println("| Secret | Where | Fingerprint | Accepted because |");
      w.println("|---|---|---|---|");
      for (Finding finding : suppressed.subList(0, Math.min(MAX_ROWS, suppressed.size()))) {
        var suppression = finding.suppression().orElseThrow();
        w.println("| " + cell(finding.rule().provider() + " " + finding.rule().kind()) + " | "
            + code(where(finding.primaryLocation())) + " | " + code(finding.id()) + " | "
            + cell(suppression.kind().name().toLowerCase(Locale.ROOT) + ": " + suppression.justification()) + " |");
      }
      more(w, suppressed.size());
      w.println();
      w.println("</details>");
      w.println();
    }
    writeNotices(w, result.coverageLosses());
    var stats = result.stats();
    w.println("<sub>Overscope scanned " + stats.blobsScanned() + (stats.blobsScanned() == 1 ? " file" : " files")
        + " (" + Wording.oneDecimal(stats.bytesScanned() / 1_000_000.0) + " MB); the policy "
        + cell(result.policy().describe()) + ".</sub>");
    w.flush();
  }

  private static String verdict(ScanResult result, int active, int suppressed) {
    String accepted = suppressed == 0 ? "" : "; " + suppressed + " accepted";
    String policy = cell(result.policy().describe());
    if (result.policyFailed()) {
      return "**" + result.violations().size() + " of " + active + (active == 1 ? " finding" : " findings")
          + (result.violations().size() == 1 ? " fails" : " fail") + " the policy** (" + policy + ")" + accepted
          + ". Rotate first, then move the secret out of agents' reach.";
    }
    return active + (active == 1 ? " finding" : " findings") + accepted + "; the policy passed (" + policy + ").";
  }

  private static void writeTable(PrintWriter w, List<Finding> active) {
    w.println("| Level | Secret | Scope | Reach | Where | Fingerprint |");
    w.println("|---|---|---|---|---|---|");
    for (Finding finding : active.subList(0, Math.min(MAX_ROWS, active.size()))) {
      double score = SecuritySeverity.of(finding.verdict(), finding.reach());
      String level = "**" + finding.severity().label() + "**" + (finding.violation() ? " (fails policy)" : "");
      String secret = cell(finding.rule().provider() + " " + finding.rule().kind()) + " " + code(finding.redacted());
      int others = finding.locations().size() - 1;
      String where = code(where(finding.primaryLocation())) + (others > 0 ? " (+" + others + " more)" : "");
      w.println("| " + level + " | " + secret + " | " + code(finding.verdict().scope().label()) + " "
          + SecuritySeverity.band(score) + " " + SecuritySeverity.format(score) + " | "
          + code(finding.reach().label()) + " | " + where + " | " + code(finding.id()) + " |");
    }
    more(w, active.size());
    w.println();
  }

  private static void writeActions(PrintWriter w, List<Finding> active) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    active.stream().limit(MAX_ROWS).forEach(finding -> rules.putIfAbsent(finding.rule().id(), finding.rule()));
    w.println("**What to do**");
    w.println();
    for (Rule rule : rules.values()) {
      w.println("- " + code(rule.id()) + ": " + cell(Wording.sentence(rule.remediation())));
    }
    w.println("- Then keep them out of what agents read: a secret manager or the CI's secret store, not a file in"
        + " the tree (agents read git-ignored files too).");
    w.println();
  }

  private static void writeNotices(PrintWriter w, List<Notice> losses) {
    if (losses.isEmpty()) {
      return;
    }
    w.println("<details><summary>" + losses.size() + (losses.size() == 1 ? " path" : " paths")
        + " could not be read</summary>");
    w.println();
    for (Notice notice : losses.subList(0, Math.min(MAX_NOTICES, losses.size()))) {
      w.println("- " + code(notice.path().isEmpty() ? "(scan)" : notice.path()) + ": " + cell(notice.message()));
    }
    if (losses.size() > MAX_NOTICES) {
      w.println("- … and " + (losses.size() - MAX_NOTICES) + " more");
    }
    w.println();
    w.println("</details>");
    w.println();
  }

  private static void more(PrintWriter w, int total) {
    if (total > MAX_ROWS) {
      w.println();
      w.println("… and " + (total - MAX_ROWS) + " more: the SARIF and JSON reports list every finding.");
    }
  }

  private static String where(Location location) {
    return location.path() + ":" + location.span().startLine()
        + (location.origin() instanceof dev.overscope.core.source.CommitOrigin commit
            ? " @ " + Wording.shortId(commit.commit()) : "");
  }

  /**
   * Text safe in a table cell: no line break, no column break, no HTML or Markdown markup of its own.
   */
  static String cell(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '|' -> out.append("\\|");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '#', '~' -> out.append('\\').appendCodePoint(c);
        default -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
      }
    });
    return out.toString();
  }

  /** A code span that survives any backticks in {@code text}, with pipes escaped for the table. */
  static String code(String text) {
    String flat = text.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    int longest = 0;
    int run = 0;
    for (char c : flat.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String padded = flat.startsWith("`") || flat.endsWith("`") ? " " + flat + " " : flat;
    return fence + padded.replace("|", "\\|") + fence;
  }
}
