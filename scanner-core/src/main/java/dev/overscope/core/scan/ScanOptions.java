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
public record ScanOptions(Path configFile, String failOn, Long maxFileSize, Integer threads, boolean revealSecrets) {

  /** Nothing overridden: the configuration file and the defaults decide. */
  public static ScanOptions defaults() {
    return new ScanOptions(null, null, null, null, false);
  }

  public ScanOptions withConfigFile(Path file) {
    return new ScanOptions(file, failOn, maxFileSize, threads, revealSecrets);
  }

  public ScanOptions withFailOn(String list) {
    return new ScanOptions(configFile, list, maxFileSize, threads, revealSecrets);
  }

  public ScanOptions withMaxFileSize(Long bytes) {
    return new ScanOptions(configFile, failOn, bytes, threads, revealSecrets);
  }

  public ScanOptions withThreads(Integer count) {
    return new ScanOptions(configFile, failOn, maxFileSize, count, revealSecrets);
  }

  public ScanOptions withRevealSecrets(boolean reveal) {
    return new ScanOptions(configFile, failOn, maxFileSize, threads, reveal);
  }
}
