package dev.overscope.cli.ci;

import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.source.HistoryScope;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code overscope scan --ci github}: chooses the history from the workflow's event, and after the scan writes the
 * step outputs and the summary. The working tree (what agents read) is always scanned.
 */
public final class GithubCi {
  /** What {@code --ci-history} may ask for. */
  public enum HistoryChoice {
    /** The event's new commits: a pull request's, a push's; every ref on schedule and workflow_dispatch. */
    PR,
    /** Every ref's history, whatever the event. */
    FULL,
    /** The working tree only. */
    NONE;

    public static HistoryChoice parse(String text) throws CiException {
      try {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CiException("--ci-history: expected pr, full or none, got '" + text + "'");
      }
    }
  }

  private final GithubEnvironment environment;
  private final GithubRange.Plan plan;

  private GithubCi(GithubEnvironment environment, GithubRange.Plan plan) {
    this.environment = environment;
    this.plan = plan;
  }

  /** Reads the event and checks the clone holds the commits it names. */
  public static GithubCi start(GithubEnvironment environment, Path root, HistoryChoice choice) throws CiException {
    GithubRange.Plan plan = switch (choice) {
      case NONE -> new GithubRange.Plan(HistoryScope.none(), "no history (scan-history: none)");
      case FULL -> new GithubRange.Plan(HistoryScope.allRefs(), "every ref's history (scan-history: full)");
      case PR -> GithubRange.plan(GithubEvent.read(environment.eventName(), environment.eventPath()), root);
    };
    return new GithubCi(environment, plan);
  }

  public GithubRange.Plan plan() {
    return plan;
  }

  /** The request reading the working tree and the planned history. */
  public ScanRequest apply(ScanRequest request) {
    return plan.scope().enabled() ? request.withHistory(plan.scope()) : request.withoutHistory();
  }

  /** When the event brings no commit, says so as a notice on the run rather than scanning nothing in silence. */
  public void announce(PrintWriter out, boolean historyWanted) {
    if (historyWanted && !plan.scope().enabled()) {
      out.println("::notice title=Overscope::Nothing to scan in the history: " + plan.description()
          + ". Only the working tree was scanned.");
      out.flush();
    }
  }

  /** Appends the outputs and the summary of a finished scan; {@code summary} is the Markdown report. */
  public void finish(ScanResult result, String summary, Optional<Path> sarifFile, String sarifCategory)
      throws IOException {
    long findings = result.findings().stream().filter(finding -> finding.suppression().isEmpty()).count();
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("findings", Long.toString(findings));
    outputs.put("violations", Integer.toString(result.violations().size()));
    outputs.put("sarif-file", sarifFile.map(Path::toString).orElse(""));
    outputs.put("sarif-category", sarifCategory);
    // A scan cut short by its time budget could not finish: never reported as a pass.
    outputs.put("failed", Boolean.toString(result.policyFailed() || result.timedOut()));
    GithubOutputs files = new GithubOutputs(environment);
    files.write(outputs);
    files.summary(summary + "\n<sub>Scanned the working tree and " + plan.description() + ".</sub>\n");
  }

  /** Records a run that could not scan: failed outputs and the reason in the summary. */
  public static void failure(GithubEnvironment environment, String reason) {
    GithubOutputs files = new GithubOutputs(environment);
    try {
      Map<String, String> outputs = new LinkedHashMap<>();
      outputs.put("findings", "0");
      outputs.put("violations", "0");
      outputs.put("sarif-file", "");
      outputs.put("failed", "true");
      files.write(outputs);
      files.summary("## Overscope: could not scan\n\n" + reason + "\n");
    } catch (IOException e) {
      // The exit code and the error line already tell the job; losing the summary must not hide them.
    }
  }
}
