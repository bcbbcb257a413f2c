package dev.overscope.cli;

import dev.overscope.core.policy.Policy;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.Scanner;
import dev.overscope.core.source.SourceException;
import dev.overscope.detectors.home.HomeAudit;
import dev.overscope.report.ReportFormat;
import dev.overscope.report.ReportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code overscope audit --home [DIR]}: checks the CLI credential stores and agent configurations in a home
 * directory, reading only a fixed list of known files.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Audits the credential stores coding agents reach outside the repository. With --home: the CLI"
        + " logins (~/.railway, ~/.config/gh, ~/.aws, ~/.npmrc, ~/.netrc…) and agent MCP configs in a home"
        + " directory; only those known files are read.",
    footer = {"", ExitCode.HELP})
final class AuditCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--home", required = true, description = "Audit a home directory (the only audit so far).")
  boolean home;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "Home directory to audit (default: the current user's).")
  Path dir;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "Report format on standard output or --output: text, json, sarif, markdown or github"
          + " (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the --format report to FILE.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LIST",
      description = "Fail when a credential of at least SCOPE is at least this close to agents (default: "
          + HomeAudit.DEFAULT_FAIL_ON + ": a root credential in the home directory).")
  String failOn;

  @Option(names = "--show-secrets", description = "Print secrets in full. Off by default: reports redact them.")
  boolean showSecrets;

  @Option(names = "--no-color", description = "Never colour the text report.")
  boolean noColor;

  @Override
  public Integer call() throws Exception {
    Path root = (dir == null ? Path.of(System.getProperty("user.home")) : dir).toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new UsageException("not a directory: " + root);
    }
    ReportFormat main;
    ScanRequest request;
    try {
      main = ReportFormat.parse(format);
      request = HomeAudit.request(root).withRevealSecrets(showSecrets);
      if (failOn != null) {
        request = request.withPolicy(Policy.parse(failOn));
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    ScanResult result;
    try {
      result = HomeAudit.run(Scanner.builder().withInstalledPlugins().build(), request);
    } catch (SourceException e) {
      spec.commandLine().getErr().println("overscope: " + e.getMessage());
      return ExitCode.SCAN_FAILED;
    }
    boolean colour = main == ReportFormat.TEXT && output == null && !noColor && System.console() != null
        && System.getenv("NO_COLOR") == null;
    new ReportOutput(spec.commandLine().getOut())
        .write(result, main, Optional.ofNullable(output), ReportOptions.defaults().withColour(colour));
    return result.policyFailed() ? ExitCode.POLICY_FAILED : ExitCode.PASSED;
  }
}
