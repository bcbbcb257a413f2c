package dev.overscope.cli;

import dev.overscope.core.config.Baseline;
import dev.overscope.core.config.ConfigException;
import dev.overscope.core.config.ConfigLoader;
import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.policy.Policy;
import dev.overscope.core.scan.ScanRequest;
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
   * Loads the configuration and builds the request, without a baseline; {@link #withBaseline} adds one.
   */
  Prepared prepare(Path root, boolean revealSecrets) throws UsageException {
    Optional<Path> file = configFileFor(root);
    OverscopeConfig config = loadConfig(file);
    Scanner scanner;
    try {
      scanner = ConfiguredScanner.build(config, ruleFolders);
    } catch (ConfigException e) {
      throw new UsageException("configuration error: " + file.map(f -> f + ": ").orElse("") + e.getMessage());
    }
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
    ScanRequest request = ScanRequest.of(root).withConfig(config).withPolicy(policy).withRevealSecrets(revealSecrets);
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
    return new Prepared(config, file, scanner, request);
  }

  /** The request with the baseline of {@code --baseline}, else of the configuration's {@code baseline:}. */
  static Prepared withBaseline(Prepared prepared, Path flag) throws UsageException {
    Optional<Path> file = Optional.ofNullable(flag).or(() -> prepared.config().baselineFile().map(Path::of));
    if (file.isEmpty()) {
      return prepared;
    }
    try {
      Baseline baseline = Baseline.read(file.get());
      return new Prepared(prepared.config(), prepared.configFile(), prepared.scanner(),
          prepared.request().withBaseline(baseline));
    } catch (ConfigException e) {
      throw new UsageException("baseline error: " + e.getMessage());
    }
  }

  private Optional<Path> configFileFor(Path root) {
    if (configFile != null) {
      return Optional.of(configFile);
    }
    Path atRoot = root.resolve(ConfigLoader.FILE_NAME);
    return Files.isDirectory(root) && Files.isRegularFile(atRoot) ? Optional.of(atRoot) : Optional.empty();
  }

  private static OverscopeConfig loadConfig(Optional<Path> file) throws UsageException {
    if (file.isEmpty()) {
      return OverscopeConfig.empty();
    }
    try {
      return new ConfigLoader().load(file.get());
    } catch (ConfigException e) {
      throw new UsageException("configuration error: " + e.getMessage());
    }
  }
}
