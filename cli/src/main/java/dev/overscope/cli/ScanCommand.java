package dev.overscope.cli;

import dev.overscope.core.scan.ScanProgress;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.source.Notice;
import dev.overscope.core.source.SourceException;
import dev.overscope.report.ReportFormat;
import dev.overscope.report.ReportOptions;
import dev.overscope.cli.ci.CiException;
import dev.overscope.cli.ci.GithubCi;
import dev.overscope.cli.ci.GithubEnvironment;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
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
  private final Map<String, String> environment;

  ScanCommand() {
    this(System.getenv());
  }

  /** A command reading CI variables from {@code environment} rather than the process's. */
  ScanCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

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

  @Option(names = "--analyzer", paramLabel = "NAME",
      description = "Also run an analyzer that is off by default: 'java' parses Java sources (JavaParser) to find"
          + " credentials split over constants or passed to known APIs; about ten times slower on Java code.")
  java.util.List<String> extraAnalyzers = new java.util.ArrayList<>();

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

  @Option(names = "--ci", paramLabel = "SYSTEM",
      description = "Run as a CI step. 'github': read the GitHub Actions event (GITHUB_EVENT_NAME,"
          + " GITHUB_EVENT_PATH) to scan a pull request's or push's new commits plus the working tree, and append"
          + " the step outputs and summary (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY).")
  String ci;

  @Option(names = "--ci-history", paramLabel = "MODE", defaultValue = "pr",
      description = "With --ci: 'pr' the event's new commits (the whole history on schedule and"
          + " workflow_dispatch), 'full' every ref's history, 'none' the working tree only (default: ${DEFAULT-VALUE}).")
  String ciHistory;

  @Override
  public Integer call() throws Exception {
    if (ci == null) {
      return scan(Optional.empty());
    }
    if (!ci.equals("github")) {
      throw new UsageException("--ci: the only CI system is 'github', got '" + ci + "'");
    }
    GithubEnvironment github = new GithubEnvironment(environment);
    try {
      return scan(Optional.of(github));
    } catch (UsageException e) {
      GithubCi.failure(github, e.getMessage());
      throw e;
    }
  }

  private Integer scan(Optional<GithubEnvironment> github) throws Exception {
    if (github.isPresent()) {
      // Relative paths mean the checkout, wherever the JVM was started.
      path = github.get().resolve(path);
      sarifFile = sarifFile == null ? null : github.get().resolve(sarifFile);
      if (sarifCategory == null) {
        sarifCategory = github.get().sarifCategory();
      }
    }
    Path root = ScanOptions.root(path);
    ReportFormat main = parseFormat();
    ScanOptions.Prepared prepared = ScanOptions.withBaseline(options.prepare(root, showSecrets), baselineFile);
    if (annotations && output == null && (main == ReportFormat.JSON || main == ReportFormat.SARIF)) {
      throw new UsageException("--annotations prints to standard output, which already carries the " + main.label()
          + " report: add --output FILE for it");
    }
    Optional<GithubCi> githubCi = Optional.empty();
    ScanRequest request;
    if (github.isPresent()) {
      if (noHistory || historyOnly || since != null || range != null || staged || allObjects) {
        throw new UsageException("--ci github chooses the commits from the event: use --ci-history pr|full|none"
            + " instead of --no-history, --history-only, --since, --range, --staged or --all-objects");
      }
      try {
        githubCi = Optional.of(GithubCi.start(github.get(), root, GithubCi.HistoryChoice.parse(ciHistory)));
      } catch (CiException e) {
        throw new UsageException(e.getMessage());
      }
      request = githubCi.get().apply(prepared.request());
      githubCi.get().announce(spec.commandLine().getOut(), !ciHistory.strip().equalsIgnoreCase("none"));
    } else {
      request = HistoryOptions.apply(prepared.request(), noHistory, historyOnly, since, range, staged, allObjects);
    }
    for (String name : extraAnalyzers) {
      if (!prepared.scanner().optionalAnalyzers().contains(name)) {
        throw new UsageException("--analyzer: unknown analyzer '" + name + "' (known: "
            + String.join(", ", prepared.scanner().optionalAnalyzers()) + ")");
      }
    }
    request = request.withExtraAnalyzers(java.util.Set.copyOf(extraAnalyzers));
    ScanResult result;
    ScanProgress progress = ProgressLine.forTerminal(spec.commandLine().getErr());
    try {
      result = prepared.scanner().scan(request, progress);
    } catch (SourceException e) {
      clear(progress);
      spec.commandLine().getErr().println("overscope: " + e.getMessage());
      github.ifPresent(environment -> GithubCi.failure(environment, "The scan failed: " + e.getMessage()));
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
    if (githubCi.isPresent()) {
      ByteArrayOutputStream summary = new ByteArrayOutputStream();
      ReportFormat.MARKDOWN.writer(reportOptions).write(result, summary);
      githubCi.get().finish(result, summary.toString(StandardCharsets.UTF_8), Optional.ofNullable(sarifFile),
          sarifCategory);
    }
    warnAboutIgnoredAllows(result);
    sayWhenOutOfTime(spec.commandLine().getErr(), result);
    return ExitCode.of(result);
  }

  /** A scan cut short by its time budget says so where a person or a CI log will see it, whatever the format. */
  static void sayWhenOutOfTime(java.io.PrintWriter err, ScanResult result) {
    for (Notice notice : result.notices()) {
      if (notice.kind() == Notice.Kind.TIME_BUDGET) {
        err.println("overscope: " + notice.message());
      }
    }
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
