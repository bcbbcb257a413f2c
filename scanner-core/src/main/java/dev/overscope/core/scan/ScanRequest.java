package dev.overscope.core.scan;

import dev.overscope.core.config.Baseline;
import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.policy.Policy;
import dev.overscope.core.source.HistoryScope;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * What to scan and how. Built by the CLI, the Maven plugin and the Action alike from flags and the configuration
 * file.
 *
 * @param root the directory (or single file) to scan
 * @param config the parsed configuration file (allowlists, limits)
 * @param policy what fails the scan
 * @param maxFileSize files larger than this many bytes are passed over with a notice
 * @param threads worker threads; at least 1
 * @param revealSecrets keep the raw secret in findings, for {@code --show-secrets}
 * @param baseline accepted findings: reported as suppressed, never failing the policy
 * @param workingTree read the files under the root
 * @param history which git history to read when the root is in a git repository; every ref by default
 */
public record ScanRequest(
    Path root, OverscopeConfig config, Policy policy, long maxFileSize, int threads, boolean revealSecrets,
    Baseline baseline, boolean workingTree, HistoryScope history, Set<String> extraAnalyzers) {
  public static final long DEFAULT_MAX_FILE_SIZE = 25L * 1024 * 1024;

  public ScanRequest {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(policy, "policy");
    if (maxFileSize <= 0) {
      throw new IllegalArgumentException("maxFileSize must be positive");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(history, "history");
    extraAnalyzers = Set.copyOf(extraAnalyzers);
    if (!workingTree && !history.enabled()) {
      throw new IllegalArgumentException("nothing to scan: neither the working tree nor the history");
    }
  }

  /** A request with only the analyzers that run by default. */
  public ScanRequest(Path root, OverscopeConfig config, Policy policy, long maxFileSize, int threads,
      boolean revealSecrets, Baseline baseline, boolean workingTree, HistoryScope history) {
    this(root, config, policy, maxFileSize, threads, revealSecrets, baseline, workingTree, history, Set.of());
  }

  /** A request for the working tree and every ref's history, with a baseline. */
  public ScanRequest(Path root, OverscopeConfig config, Policy policy, long maxFileSize, int threads,
      boolean revealSecrets, Baseline baseline) {
    this(root, config, policy, maxFileSize, threads, revealSecrets, baseline, true, HistoryScope.allRefs());
  }

  /** A request for the working tree and every ref's history, without a baseline. */
  public ScanRequest(
      Path root, OverscopeConfig config, Policy policy, long maxFileSize, int threads, boolean revealSecrets) {
    this(root, config, policy, maxFileSize, threads, revealSecrets, Baseline.empty());
  }

  /**
   * A request with the defaults: the working tree and, in a git repository, every ref's history; default policy,
   * 25 MiB files, one thread per core, secrets hidden, no baseline.
   */
  public static ScanRequest of(Path root) {
    return new ScanRequest(root, OverscopeConfig.empty(), Policy.defaults(), DEFAULT_MAX_FILE_SIZE,
        Runtime.getRuntime().availableProcessors(), false);
  }

  /**
   * Also runs the named analyzers that are off by default, such as {@code java} (JavaParser: it finds split and
   * sink-bound credentials, at about 1 MB/s against the regex engine's 50-100).
   */
  public ScanRequest withExtraAnalyzers(Set<String> names) {
    return new ScanRequest(root, config, policy, maxFileSize, threads, revealSecrets, baseline, workingTree, history,
        names);
  }

  public ScanRequest withPolicy(Policy other) {
    return new ScanRequest(root, config, other, maxFileSize, threads, revealSecrets, baseline, workingTree, history, extraAnalyzers);
  }

  public ScanRequest withConfig(OverscopeConfig other) {
    return new ScanRequest(root, other, policy, maxFileSize, threads, revealSecrets, baseline, workingTree, history, extraAnalyzers);
  }

  public ScanRequest withMaxFileSize(long bytes) {
    return new ScanRequest(root, config, policy, bytes, threads, revealSecrets, baseline, workingTree, history, extraAnalyzers);
  }

  public ScanRequest withThreads(int count) {
    return new ScanRequest(root, config, policy, maxFileSize, count, revealSecrets, baseline, workingTree, history, extraAnalyzers);
  }

  public ScanRequest withRevealSecrets(boolean reveal) {
    return new ScanRequest(root, config, policy, maxFileSize, threads, reveal, baseline, workingTree, history, extraAnalyzers);
  }

  /** The request with these findings accepted ({@link Baseline#read} or {@link Baseline#of}). */
  public ScanRequest withBaseline(Baseline other) {
    return new ScanRequest(root, config, policy, maxFileSize, threads, revealSecrets, other, workingTree, history, extraAnalyzers);
  }

  /** Only the working tree: no git history. */
  public ScanRequest withoutHistory() {
    return new ScanRequest(root, config, policy, maxFileSize, threads, revealSecrets, baseline, true,
        HistoryScope.none(), extraAnalyzers);
  }

  /** Only the git history (or the staged changes): the working tree is not read. */
  public ScanRequest historyOnly(HistoryScope scope) {
    return new ScanRequest(root, config, policy, maxFileSize, threads, revealSecrets, baseline, false, scope, extraAnalyzers);
  }

  /** The working tree and the given part of the history. */
  public ScanRequest withHistory(HistoryScope scope) {
    return new ScanRequest(root, config, policy, maxFileSize, threads, revealSecrets, baseline, true, scope, extraAnalyzers);
  }
}
