package dev.overscope.core.scan;

import java.nio.file.Path;

/**
 * What a front end lets its user override (the CLI's flags, the Maven plugin's parameters), before the
 * configuration file and the defaults fill in the rest. A null field means "not given".
 *
 * @param configFile the configuration file; null means {@code .overscope.yaml} at the scanned root, when present
 * @param failOn a fail-on list such as {@code root:workspace,broad:context}, or {@code none}; null means the
 *     configuration's, else {@link dev.overscope.core.policy.Policy#DEFAULT_FAIL_ON}
 * @param maxFileSize pass over files larger than this many bytes; null means the default
 * @param threads worker threads; null means one per core
 * @param revealSecrets keep raw secrets in findings
 */
public record ScanSettings(Path configFile, String failOn, Long maxFileSize, Integer threads, boolean revealSecrets) {

  /** Nothing overridden: the configuration file and the defaults decide. */
  public static ScanSettings defaults() {
    return new ScanSettings(null, null, null, null, false);
  }

  public ScanSettings withConfigFile(Path file) {
    return new ScanSettings(file, failOn, maxFileSize, threads, revealSecrets);
  }

  public ScanSettings withFailOn(String list) {
    return new ScanSettings(configFile, list, maxFileSize, threads, revealSecrets);
  }

  public ScanSettings withMaxFileSize(Long bytes) {
    return new ScanSettings(configFile, failOn, bytes, threads, revealSecrets);
  }

  public ScanSettings withThreads(Integer count) {
    return new ScanSettings(configFile, failOn, maxFileSize, count, revealSecrets);
  }

  public ScanSettings withRevealSecrets(boolean reveal) {
    return new ScanSettings(configFile, failOn, maxFileSize, threads, reveal);
  }
}
