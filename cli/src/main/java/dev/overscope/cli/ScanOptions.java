package dev.overscope.cli;

import dev.overscope.core.config.ConfigException;
import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanRequestFactory;
import dev.overscope.core.scan.ScanSettings;
import dev.overscope.core.scan.ScanSetupException;
import dev.overscope.core.scan.Scanner;
import dev.overscope.detectors.rules.ConfiguredScanner;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options every scanning command shares (scan, baseline, explain), and how they and the configuration file
 * become one {@link ScanRequest} and {@link Scanner}: flags win over the file.
 */
final class ScanOptions {
  @Option(names = "--fail-on", paramLabel = "LIST",
      description = "Fail when a credential of at least SCOPE is at least this close to agents, e.g."
          + " root:workspace,broad:context; 'none' never fails (default: the configuration's, else root:workspace).")
  String failOn;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (default: .overscope.yaml at the scanned root, when present).")
  Path configFile;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Custom rule files (a file or a folder of .yaml files), added to the configuration's rules.")
  List<Path> ruleFolders = new ArrayList<>();

  @Option(names = "--max-file-size", paramLabel = "BYTES",
      description = "Pass over files larger than this (default: 26214400, 25 MiB).")
  Long maxFileSize;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  Integer threads;

  @Option(names = "--timeout", paramLabel = "DURATION",
      description = "Time budget for the scan, e.g. 90s, 10m or 1h (default: the configuration's limits.timeout,"
          + " else none). When it runs out, what was found so far is reported as partial; exit code 3 unless the"
          + " policy already failed.")
  String timeout;

  /** What a command needs to scan: the configuration, the scanner it asks for and the request. */
  record Prepared(OverscopeConfig config, Optional<Path> configFile, Scanner scanner, ScanRequest request) {}

  /** The root of {@code path}, which must exist. */
  static Path root(Path path) throws UsageException {
    Path root = path.toAbsolutePath().normalize();
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      throw new UsageException("path does not exist: " + path);
    }
    return root;
  }

  /**
   * Loads the configuration and builds the request, without a baseline ({@link #withBaseline} adds one), through
   * scanner-core's {@link ScanRequestFactory} as the Maven plugin does; the scanner adds the configuration's rules.
   */
  Prepared prepare(Path root, boolean revealSecrets) throws UsageException {
    ScanRequestFactory.Prepared core;
    try {
      core = new ScanRequestFactory().prepare(root, ScanSettings.defaults().withConfigFile(configFile)
          .withFailOn(failOn).withMaxFileSize(maxFileSize).withThreads(threads).withRevealSecrets(revealSecrets)
          .withTimeout(timeout));
    } catch (ScanSetupException e) {
      throw usage(e);
    }
    Scanner scanner;
    try {
      scanner = ConfiguredScanner.build(core.config(), ruleFolders);
    } catch (ConfigException e) {
      throw new UsageException("configuration error: " + core.configFile().map(f -> f + ": ").orElse("")
          + e.getMessage());
    }
    return new Prepared(core.config(), core.configFile(), scanner, core.request());
  }

  /** The request with the baseline of {@code --baseline}, else of the configuration's {@code baseline:}. */
  static Prepared withBaseline(Prepared prepared, Path flag) throws UsageException {
    try {
      ScanRequestFactory.Prepared core = ScanRequestFactory.withBaseline(
          new ScanRequestFactory.Prepared(prepared.config(), prepared.configFile(), prepared.request()), flag);
      return new Prepared(prepared.config(), prepared.configFile(), prepared.scanner(), core.request());
    } catch (ScanSetupException e) {
      throw usage(e);
    }
  }

  /** The option at fault, named as on the command line. */
  private static UsageException usage(ScanSetupException e) {
    return new UsageException(switch (e.setting()) {
      case CONFIG_FILE -> "configuration error: " + e.getMessage();
      case FAIL_ON -> "--fail-on: " + e.getMessage();
      case MAX_FILE_SIZE -> "--max-file-size " + e.getMessage();
      case THREADS -> "--threads " + e.getMessage();
      case TIMEOUT -> "--timeout: " + e.getMessage();
      case BASELINE -> "baseline error: " + e.getMessage();
    });
  }
}
