package dev.overscope.core.scan;

import dev.overscope.core.config.ConfigException;
import dev.overscope.core.config.ConfigLoader;
import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.policy.Policy;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds a {@link ScanRequest} from a front end's {@link ScanOptions} and the configuration file, the same way for
 * the CLI and the Maven plugin: an option given wins over the file, the file wins over the defaults.
 */
public final class ScanRequestFactory {
  private final ConfigLoader loader = new ConfigLoader();

  /** The request for {@code root}; throws before anything is scanned when an option or the file is unusable. */
  public ScanRequest build(Path root, ScanOptions options) throws ScanSetupException {
    OverscopeConfig config = loadConfig(root, options);
    ScanRequest request = ScanRequest.of(root).withConfig(config).withPolicy(policy(config, options))
        .withRevealSecrets(options.revealSecrets());
    if (options.maxFileSize() != null) {
      if (options.maxFileSize() <= 0) {
        throw new ScanSetupException(ScanSetupException.Setting.MAX_FILE_SIZE,
            "must be a positive number of bytes");
      }
      request = request.withMaxFileSize(options.maxFileSize());
    }
    if (options.threads() != null) {
      if (options.threads() < 1) {
        throw new ScanSetupException(ScanSetupException.Setting.THREADS, "must be at least 1");
      }
      request = request.withThreads(options.threads());
    }
    return request;
  }

  private OverscopeConfig loadConfig(Path root, ScanOptions options) throws ScanSetupException {
    try {
      if (options.configFile() != null) {
        return loader.load(options.configFile());
      }
      return Files.isDirectory(root) ? loader.loadFromRoot(root) : OverscopeConfig.empty();
    } catch (ConfigException e) {
      throw new ScanSetupException(ScanSetupException.Setting.CONFIG_FILE, e.getMessage());
    }
  }

  private static Policy policy(OverscopeConfig config, ScanOptions options) throws ScanSetupException {
    try {
      if (options.failOn() != null) {
        return Policy.parse(options.failOn());
      }
      return config.policy().failOnConditions().map(list -> Policy.parse(String.join(",", list)))
          .orElse(Policy.defaults());
    } catch (IllegalArgumentException e) {
      throw new ScanSetupException(ScanSetupException.Setting.FAIL_ON, e.getMessage());
    }
  }
}
