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
 * @param timeout the time budget as the user wrote it ({@code 90s}, {@code 10m}, {@code 1h}); null means the
 *     configuration's {@code limits.timeout}, else none
 */
public record ScanSettings(
    Path configFile, String failOn, Long maxFileSize, Integer threads, boolean revealSecrets, String timeout) {

  /** Nothing overridden: the configuration file and the defaults decide. */
  public static ScanSettings defaults() {
    return new ScanSettings(null, null, null, null, false, null);
  }

  public ScanSettings withConfigFile(Path file) {
    return new ScanSettings(file, failOn, maxFileSize, threads, revealSecrets, timeout);
  }

  public ScanSettings withFailOn(String list) {
    return new ScanSettings(configFile, list, maxFileSize, threads, revealSecrets, timeout);
  }

  public ScanSettings withMaxFileSize(Long bytes) {
    return new ScanSettings(configFile, failOn, bytes, threads, revealSecrets, timeout);
  }

  public ScanSettings withThreads(Integer count) {
    return new ScanSettings(configFile, failOn, maxFileSize, count, revealSecrets, timeout);
  }

  public ScanSettings withRevealSecrets(boolean reveal) {
    return new ScanSettings(configFile, failOn, maxFileSize, threads, reveal, timeout);
  }

  public ScanSettings withTimeout(String budget) {
    return new ScanSettings(configFile, failOn, maxFileSize, threads, revealSecrets, budget);
  }
}
