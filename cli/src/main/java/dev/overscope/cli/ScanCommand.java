package dev.overscope.cli;

import dev.overscope.core.config.ConfigException;
import dev.overscope.core.config.ConfigLoader;
import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.policy.Policy;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.Scanner;
import dev.overscope.core.source.SourceException;
import dev.overscope.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
    description = "Scans a directory (every file, git-ignored ones included) for credentials.",
    footer = {"", ExitCode.HELP})
final class ScanCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
      description = "Directory or file to scan (default: the current directory).")
  Path path;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "Report format on standard output or --output: text, json or sarif (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the --format report to FILE.")
  Path output;

  @Option(names = "--sarif", paramLabel = "FILE", description = "Also write a SARIF 2.1.0 report to FILE.")
  Path sarifFile;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write a JSON report to FILE.")
  Path jsonFile;

  @Option(names = "--fail-on", paramLabel = "LIST",
      description = "Fail when a credential of at least SCOPE is at least this close to agents, e.g."
          + " root:workspace,broad:context; 'none' never fails (default: the configuration's, else root:workspace).")
  String failOn;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (default: .overscope.yaml at the scanned root, when present).")
  Path configFile;

  @Option(names = "--max-file-size", paramLabel = "BYTES",
      description = "Pass over files larger than this (default: 26214400, 25 MiB).")
  Long maxFileSize;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  Integer threads;

  @Option(names = "--show-secrets", description = "Print secrets in full. Off by default: reports redact them.")
  boolean showSecrets;

  @Option(names = "--no-color", description = "Never colour the text report.")
  boolean noColor;

  @Override
  public Integer call() throws Exception {
    Path root = path.toAbsolutePath().normalize();
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      throw new UsageException("path does not exist: " + path);
    }
    ScanRequest request = request(root);
    Scanner scanner = Scanner.builder().withInstalledPlugins().build();
    ScanResult result;
    try {
      result = scanner.scan(request);
    } catch (SourceException e) {
      spec.commandLine().getErr().println("overscope: " + e.getMessage());
      return ExitCode.SCAN_FAILED;
    }
    ReportFormat main = parseFormat();
    ReportOutput outputs = new ReportOutput(spec.commandLine().getOut());
    outputs.write(result, main, Optional.ofNullable(output), colourWanted(main));
    if (sarifFile != null) {
      outputs.write(result, ReportFormat.SARIF, Optional.of(sarifFile), false);
    }
    if (jsonFile != null) {
      outputs.write(result, ReportFormat.JSON, Optional.of(jsonFile), false);
    }
    return result.policyFailed() ? ExitCode.POLICY_FAILED : ExitCode.PASSED;
  }

  private ScanRequest request(Path root) throws UsageException {
    OverscopeConfig config = loadConfig(root);
    Policy policy;
    try {
      if (failOn != null) {
        policy = Policy.parse(failOn);
      } else {
        policy = config.policy().failOnConditions().map(list -> Policy.parse(String.join(",", list)))
            .orElse(Policy.defaults());
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException("--fail-on: " + e.getMessage());
    }
    ScanRequest request = ScanRequest.of(root).withConfig(config).withPolicy(policy).withRevealSecrets(showSecrets);
    if (maxFileSize != null) {
      if (maxFileSize <= 0) {
        throw new UsageException("--max-file-size must be a positive number of bytes");
      }
      request = request.withMaxFileSize(maxFileSize);
    }
    if (threads != null) {
      if (threads < 1) {
        throw new UsageException("--threads must be at least 1");
      }
      request = request.withThreads(threads);
    }
    return request;
  }

  private OverscopeConfig loadConfig(Path root) throws UsageException {
    ConfigLoader loader = new ConfigLoader();
    try {
      if (configFile != null) {
        return loader.load(configFile);
      }
      return Files.isDirectory(root) ? loader.loadFromRoot(root) : OverscopeConfig.empty();
    } catch (ConfigException e) {
      throw new UsageException("configuration error: " + e.getMessage());
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
