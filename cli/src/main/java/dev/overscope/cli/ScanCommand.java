package dev.overscope.cli;

import dev.overscope.core.scan.ScanProgress;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.source.Notice;
import dev.overscope.core.source.SourceException;
import dev.overscope.report.ReportFormat;
import dev.overscope.report.ReportOptions;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code overscope scan [PATH]}: parses options into a {@link ScanRequest}, runs it, writes the reports. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = "Scans a directory (every file, git-ignored ones included) and, in a git repository, every"
        + " blob its history ever held, for credentials.",
    footer = {"", ExitCode.HELP})
final class ScanCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
      description = "Directory or file to scan (default: the current directory).")
  Path path;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "Report format on standard output or --output: text, json, sarif, markdown or github"
          + " (workflow annotations) (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the --format report to FILE.")
  Path output;

  @Option(names = "--sarif", paramLabel = "FILE", description = "Also write a SARIF 2.1.0 report to FILE.")
  Path sarifFile;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write a JSON report to FILE.")
  Path jsonFile;

  @CommandLine.Mixin
  ScanOptions options = new ScanOptions();
  @Option(names = "--markdown", paramLabel = "FILE",
      description = "Also write a Markdown summary to FILE (a pull-request comment, or $GITHUB_STEP_SUMMARY).")
  Path markdownFile;

  @Option(names = "--annotations",
      description = "Also print GitHub Actions annotations (::error file=...::...) to standard output.")
  boolean annotations;

  @Option(names = "--sarif-category", paramLabel = "NAME",
      description = "GitHub code scanning category for the SARIF run (runs[0].automationDetails.id), so that"
          + " several analyses of one repository keep their own alerts.")
  String sarifCategory;


  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Report only findings not in this baseline (default: the configuration's 'baseline:')."
          + " Create one with 'overscope baseline create'.")
  Path baselineFile;

  @Option(names = "--show-secrets", description = "Print secrets in full. Off by default: reports redact them.")
  boolean showSecrets;

  @Option(names = "--no-color", description = "Never colour the text report.")
  boolean noColor;

  @Option(names = "--no-history", description = "Scan the working tree only, not the git history.")
  boolean noHistory;

  @Option(names = "--history-only", description = "Scan the git history only (every ref), not the working tree.")
  boolean historyOnly;

  @Option(names = "--since", paramLabel = "REF",
      description = "Scan only what commits after REF add (reachable from HEAD, not from REF), e.g. origin/main"
          + " in CI. Content REF already holds is not reported. Implies --history-only.")
  String since;

  @Option(names = "--range", paramLabel = "A..B",
      description = "Scan only what the commits A..B add; a secret added and removed inside the range is still"
          + " reported. Implies --history-only.")
  String range;

  @Option(names = "--staged", description = "Scan only what `git commit` would record now: the index against"
      + " HEAD, for a pre-commit hook.")
  boolean staged;

  @Option(names = "--all-objects", description = "Also scan objects no ref reaches (left behind by rebases,"
      + " resets and dropped stashes).")
  boolean allObjects;

  @Override
  public Integer call() throws Exception {
    Path root = ScanOptions.root(path);
    ReportFormat main = parseFormat();
    ScanOptions.Prepared prepared = ScanOptions.withBaseline(options.prepare(root, showSecrets), baselineFile);
    if (annotations && output == null && (main == ReportFormat.JSON || main == ReportFormat.SARIF)) {
      throw new UsageException("--annotations prints to standard output, which already carries the " + main.label()
          + " report: add --output FILE for it");
    }
    ScanRequest request = HistoryOptions.apply(prepared.request(), noHistory, historyOnly, since, range, staged,
        allObjects);
    ScanResult result;
    ScanProgress progress = ProgressLine.forTerminal(spec.commandLine().getErr());
    try {
      result = prepared.scanner().scan(request, progress);
    } catch (SourceException e) {
      clear(progress);
      spec.commandLine().getErr().println("overscope: " + e.getMessage());
      return ExitCode.SCAN_FAILED;
    }
    ReportOptions reportOptions = ReportOptions.defaults().withSarifCategory(sarifCategory);
    clear(progress);
    ReportOutput outputs = new ReportOutput(spec.commandLine().getOut());
    outputs.write(result, main, Optional.ofNullable(output), reportOptions.withColour(colourWanted(main)));
    if (sarifFile != null) {
      outputs.write(result, ReportFormat.SARIF, Optional.of(sarifFile), reportOptions);
    }
    if (jsonFile != null) {
      outputs.write(result, ReportFormat.JSON, Optional.of(jsonFile), reportOptions);
    }
    if (markdownFile != null) {
      outputs.write(result, ReportFormat.MARKDOWN, Optional.of(markdownFile), reportOptions);
    }
    if (annotations && !(main == ReportFormat.GITHUB && output == null)) {
      outputs.write(result, ReportFormat.GITHUB, Optional.empty(), reportOptions);
    }
    warnAboutIgnoredAllows(result);
    return result.policyFailed() ? ExitCode.POLICY_FAILED : ExitCode.PASSED;
  }

  private static void clear(ScanProgress progress) {
    if (progress instanceof ProgressLine line) {
      line.clear();
    }
  }

  /** An allow comment without a reason suppresses nothing; say so where a person will see it. */
  private void warnAboutIgnoredAllows(ScanResult result) {
    for (Notice notice : result.notices()) {
      if (notice.kind() == Notice.Kind.ALLOW_WITHOUT_REASON) {
        spec.commandLine().getErr().println("overscope: " + notice.path() + ": " + notice.message());
      }
    }
  }

  private ReportFormat parseFormat() throws UsageException {
    try {
      return ReportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format: " + e.getMessage());
    }
  }

  private boolean colourWanted(ReportFormat main) {
    return main == ReportFormat.TEXT && output == null && !noColor && System.console() != null
        && System.getenv("NO_COLOR") == null;
  }
}
