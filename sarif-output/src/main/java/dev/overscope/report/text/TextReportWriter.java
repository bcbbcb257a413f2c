package dev.overscope.report.text;

import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Location;
import dev.overscope.core.policy.Severity;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.source.Notice;
import dev.overscope.report.ReportWriter;
import dev.overscope.report.Wording;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The report a person reads in a terminal: grouped by severity, each finding with what to do. */
public final class TextReportWriter implements ReportWriter {
  private static final int MAX_OTHER_LOCATIONS = 5;
  private static final int MAX_NOTICES = 10;

  private final Colours colours;

  public TextReportWriter(boolean colour) {
    this.colours = new Colours(colour);
  }

  @Override
  public void write(ScanResult result, OutputStream out) throws IOException {
    PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (Severity severity : Severity.values()) {
      for (Finding finding : result.findings()) {
        if (finding.severity() == severity && finding.suppression().isEmpty()) {
          writeFinding(w, finding);
        }
      }
    }
    writeNotices(w, result);
    writeSummary(w, result);
    w.flush();
  }

  private void writeFinding(PrintWriter w, Finding finding) {
    Location primary = finding.primaryLocation();
    String label = padded(finding.severity().label().toUpperCase(Locale.ROOT), 7);
    w.println(colours.severity(finding.severity(), label) + " " + colours.bold(printable(Wording.whereText(primary))));
    String verdict = Wording.headline(finding) + (finding.violation() ? "   " + colours.red("[fails policy]") : "");
    w.println("        " + verdict);
    w.println("        secret:  " + finding.revealed().orElse(finding.redacted()) + "   id " + finding.id());
    w.println("        scope:   " + finding.verdict().evidence()
        + (finding.verdict().environment() == dev.overscope.core.scope.Environment.UNKNOWN
            ? "" : " (" + finding.verdict().environment().label() + ")"));
    w.println("        reach:   " + Wording.reachText(finding));
    for (String coverage : primary.coverage()) {
      // Coverage is context, never a discount: the reach and severity above stay as they are.
      w.println("        ignore:  " + printable(coverage));
    }
    if (!primary.snippet().isBlank()) {
      w.println("        line:    " + printable(primary.snippet()));
    }
    int others = finding.locations().size() - 1;
    for (int i = 1; i <= Math.min(others, MAX_OTHER_LOCATIONS); i++) {
      w.println("        also at: " + printable(Wording.whereText(finding.locations().get(i))));
    }
    if (others > MAX_OTHER_LOCATIONS) {
      w.println("        also at: … and " + (others - MAX_OTHER_LOCATIONS) + " more places");
    }
    w.println("        do:      " + Wording.action(finding));
    w.println();
  }

  private void writeNotices(PrintWriter w, ScanResult result) {
    int shown = 0;
    for (Notice notice : result.coverageLosses()) {
      if (shown++ == MAX_NOTICES) {
        w.println("        … and " + (result.coverageLosses().size() - MAX_NOTICES) + " more unreadable paths");
        break;
      }
      String what = notice.path().isEmpty() ? colours.yellow("incomplete")
          : colours.yellow("could not read") + " " + printable(notice.path());
      w.println(what + ": " + printable(notice.message()));
    }
    if (shown > 0) {
      w.println();
    }
  }

  private void writeSummary(PrintWriter w, ScanResult result) {
    long active = result.findings().stream().filter(finding -> finding.suppression().isEmpty()).count();
    long suppressed = result.findings().size() - active;
    Map<Severity, Long> bySeverity = result.findings().stream()
        .filter(finding -> finding.suppression().isEmpty())
        .collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
    var stats = result.stats();
    String skipped = stats.skipped().entrySet().stream()
        .map(entry -> entry.getKey().label() + " " + entry.getValue())
        .collect(Collectors.joining(", "));
    w.println("Scanned " + stats.blobsScanned() + " files (" + Wording.oneDecimal(stats.bytesScanned() / 1_000_000.0)
        + " MB) in " + Wording.oneDecimal(stats.duration().toMillis() / 1000.0) + " s"
        + (skipped.isEmpty() ? "" : "; passed over " + stats.skippedCount() + " (" + skipped + ")") + ".");
    w.println(active + " findings: " + bySeverity.getOrDefault(Severity.ERROR, 0L) + " errors, "
        + bySeverity.getOrDefault(Severity.WARNING, 0L) + " warnings, " + bySeverity.getOrDefault(Severity.NOTE, 0L)
        + " notes" + (suppressed == 0 ? "" : "; " + suppressed + " allowed by configuration") + ".");
    if (result.policyFailed()) {
      w.println(colours.red("Policy FAILED") + " (" + result.policy().describe() + "): " + result.violations().size()
          + " finding(s) must be rotated or moved out of agents' reach.");
    } else {
      w.println(colours.green("Policy passed") + " (" + result.policy().describe() + ").");
    }
  }

  private static String padded(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  static String printable(String text) {
    return Wording.printable(text);
  }
}
