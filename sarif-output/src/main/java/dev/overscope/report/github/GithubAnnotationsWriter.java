package dev.overscope.report.github;

import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Location;
import dev.overscope.core.policy.Severity;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.source.Notice;
import dev.overscope.report.ReportWriter;
import dev.overscope.report.Wording;
import dev.overscope.report.git.GitProvenance;
import dev.overscope.report.git.SourceRoot;
import dev.overscope.report.git.RepositoryInfo;
import dev.overscope.core.source.FileOrigin;
import dev.overscope.core.source.Tracking;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…::…}) that the runner turns into annotations on the
 * run and on the pull request's diff. GitHub shows at most 10 errors, 10 warnings and 10 notices per step (and 50
 * per job), so the most severe come first and, when some are left out, a last notice says how many.
 */
public final class GithubAnnotationsWriter implements ReportWriter {
  /** Annotations of one level GitHub shows per step. */
  static final int PER_LEVEL = 10;

  @Override
  public void write(ScanResult result, OutputStream out) throws IOException {
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    Optional<RepositoryInfo> repository = GitProvenance.read(result.root());
    SourceRoot root = SourceRoot.of(result.root(), repository);
    List<Finding> active = result.findings().stream().filter(finding -> finding.suppression().isEmpty()).toList();
    Map<Severity, Integer> wanted = new EnumMap<>(Severity.class);
    active.forEach(finding -> wanted.merge(finding.severity(), 1, Integer::sum));
    wanted.merge(Severity.WARNING, result.coverageLosses().size(), Integer::sum);
    boolean overflow = wanted.values().stream().anyMatch(count -> count > PER_LEVEL);
    Map<Severity, Integer> room = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      // The closing "not shown" notice takes one notice slot.
      room.put(severity, severity == Severity.NOTE && overflow ? PER_LEVEL - 1 : PER_LEVEL);
    }
    int shown = 0;
    // Findings come most severe first (the scan's order), so the cap drops the least severe.
    for (Finding finding : active) {
      if (take(room, finding.severity())) {
        w.println(annotation(finding, root));
        shown++;
      }
    }
    for (Notice notice : result.coverageLosses()) {
      if (take(room, Severity.WARNING)) {
        w.println(unreadable(notice, root));
        shown++;
      }
    }
    int total = active.size() + result.coverageLosses().size();
    if (shown < total) {
      w.println("::notice title=" + property("Overscope: " + (total - shown) + " more not annotated") + "::"
          + data((total - shown) + " more findings or unreadable paths are not annotated: GitHub shows at most "
              + PER_LEVEL + " errors, " + PER_LEVEL + " warnings and " + PER_LEVEL + " notices per step. The"
              + " SARIF, Markdown and JSON reports list them all."));
    }
    w.flush();
  }

  private static boolean take(Map<Severity, Integer> room, Severity severity) {
    int left = room.get(severity);
    if (left == 0) {
      return false;
    }
    room.put(severity, left - 1);
    return true;
  }

  static String annotation(Finding finding, SourceRoot root) {
    Location location = finding.primaryLocation();
    var span = location.span();
    StringBuilder command = new StringBuilder("::").append(command(finding.severity()))
        .append(" file=").append(property(root.relativePath(location.origin())))
        .append(",line=").append(span.startLine())
        .append(",col=").append(span.startColumn())
        .append(",endLine=").append(span.endLine());
    if (span.endLine() == span.startLine()) {
      command.append(",endColumn=").append(span.endColumn());
    }
    String title = finding.rule().provider() + " " + finding.rule().kind() + " (scope "
        + finding.verdict().scope().label() + ", reach " + finding.reach().label() + ")";
    command.append(",title=").append(property(title)).append("::")
        .append(data(Wording.message(finding) + "\n" + Wording.action(finding)));
    return command.toString();
  }

  private static String unreadable(Notice notice, SourceRoot root) {
    String file = notice.path().isEmpty() ? "" : "file="
        + property(root.relativePath(new FileOrigin(notice.path(), Tracking.NOT_IN_GIT))) + ",";
    String title = notice.path().isEmpty() ? "Overscope scan incomplete" : "Overscope could not read this file";
    return "::warning " + file + "title=" + property(title) + "::"
        + data(Wording.sentence(notice.message()));
  }

  private static String command(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "notice";
    };
  }

  /**
   * A command's message, escaped as the Actions runner expects: {@code %}, CR and LF. The runner has no escape for
   * other control characters, and an ESC in a file name would reach the job log as a terminal sequence: those are
   * written out as {@code \x1b}.
   */
  static String data(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '%' -> out.append("%25");
        case '\r' -> out.append("%0D");
        case '\n' -> out.append("%0A");
        default -> {
          if (Character.isISOControl(c)) {
            out.append(String.format(java.util.Locale.ROOT, "\\x%02x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  /** A property value: the message escapes plus {@code :} and {@code ,}, which would end the property. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
