package dev.overscope.core.scan;

import dev.overscope.core.config.Baseline;
import dev.overscope.core.config.ConfigException;
import dev.overscope.core.config.ConfigLoader;
import dev.overscope.core.config.DurationText;
import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.policy.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Builds a {@link ScanRequest} from a front end's {@link ScanSettings} and the configuration file, the same way for
 * the CLI and the Maven plugin: a setting given wins over the file, the file wins over the defaults. The scanner
 * itself (built-in and custom rules) is built by the caller from {@link Prepared#config()}.
 */
public final class ScanRequestFactory {
  private final ConfigLoader loader = new ConfigLoader();

  /**
   * The configuration, the file it came from, and the request built from both (without a baseline).
   *
   * @param configFile empty when no configuration file was read
   */
  public record Prepared(OverscopeConfig config, Optional<Path> configFile, ScanRequest request) {
    public Prepared withRequest(ScanRequest other) {
      return new Prepared(config, configFile, other);
    }
  }

  /** Loads the configuration and builds the request; throws before anything is scanned when a setting is unusable. */
  public Prepared prepare(Path root, ScanSettings settings) throws ScanSetupException {
    Optional<Path> file = configFileFor(root, settings);
    OverscopeConfig config = load(file);
    ScanRequest.Builder request = ScanRequest.builder(root).config(config).policy(policy(config, settings))
        .revealSecrets(settings.revealSecrets()).timeout(timeout(config, settings));
    if (settings.maxFileSize() != null) {
      if (settings.maxFileSize() <= 0) {
        throw new ScanSetupException(ScanSetupException.Setting.MAX_FILE_SIZE,
            "must be a positive number of bytes");
      }
      request.maxFileSize(settings.maxFileSize());
    }
    if (settings.threads() != null) {
      if (settings.threads() < 1) {
        throw new ScanSetupException(ScanSetupException.Setting.THREADS, "must be at least 1");
      }
      request.threads(settings.threads());
    }
    return new Prepared(config, file, request.build());
  }

  /** The request alone, for callers that need nothing else. */
  public ScanRequest build(Path root, ScanSettings settings) throws ScanSetupException {
    return prepare(root, settings).request();
  }

  /**
   * The request with the baseline in {@code file}, else in the configuration's {@code baseline:}; unchanged with
   * neither. A baseline that is named must exist.
   */
  public static Prepared withBaseline(Prepared prepared, Path file) throws ScanSetupException {
    Optional<Path> chosen = Optional.ofNullable(file).or(() -> prepared.config().baselineFile().map(Path::of));
    if (chosen.isEmpty()) {
      return prepared;
    }
    try {
      return prepared.withRequest(prepared.request().withBaseline(Baseline.read(chosen.get())));
    } catch (ConfigException e) {
      throw new ScanSetupException(ScanSetupException.Setting.BASELINE, e.getMessage());
    }
  }

  private static Optional<Path> configFileFor(Path root, ScanSettings settings) {
    if (settings.configFile() != null) {
      return Optional.of(settings.configFile());
    }
    Path atRoot = root.resolve(ConfigLoader.FILE_NAME);
    return Files.isDirectory(root) && Files.isRegularFile(atRoot) ? Optional.of(atRoot) : Optional.empty();
  }

  private OverscopeConfig load(Optional<Path> file) throws ScanSetupException {
    if (file.isEmpty()) {
      return OverscopeConfig.empty();
    }
    try {
      return loader.load(file.get());
    } catch (ConfigException e) {
      throw new ScanSetupException(ScanSetupException.Setting.CONFIG_FILE, e.getMessage());
    }
  }

  /** The setting's budget, else the file's {@code limits.timeout} (checked at load), else none (null). */
  private static Duration timeout(OverscopeConfig config, ScanSettings settings) throws ScanSetupException {
    if (settings.timeout() == null) {
      return config.limits().timeoutDuration().orElse(null);
    }
    try {
      return DurationText.parse(settings.timeout());
    } catch (IllegalArgumentException e) {
      throw new ScanSetupException(ScanSetupException.Setting.TIMEOUT, e.getMessage());
    }
  }

  private static Policy policy(OverscopeConfig config, ScanSettings settings) throws ScanSetupException {
    try {
      if (settings.failOn() != null) {
        return Policy.parse(settings.failOn());
      }
      return config.policy().failOnConditions().map(list -> Policy.parse(String.join(",", list)))
          .orElse(Policy.defaults());
    } catch (IllegalArgumentException e) {
      throw new ScanSetupException(ScanSetupException.Setting.FAIL_ON, e.getMessage());
    }
  }
}
