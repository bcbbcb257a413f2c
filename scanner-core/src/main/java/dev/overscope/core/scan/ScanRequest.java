package dev.overscope.core.scan;

import dev.overscope.core.config.Baseline;
import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.policy.Policy;
import dev.overscope.core.source.HistoryScope;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to scan and how. Built by the CLI, the Maven plugin and the Action alike from flags and the configuration
 * file: {@code ScanRequest.builder(root).threads(4).timeout(Duration.ofMinutes(10)).build()}, or
 * {@link #of(Path)} for the defaults and a {@code with} method to change one thing.
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
 * @param extraAnalyzers analyzers that are off by default and run for this request ({@code java})
 * @param timeout the time budget: when it runs out, sources stop reading and what was found so far is reported as
 *     partial; empty means no limit
 */
public record ScanRequest(
    Path root, OverscopeConfig config, Policy policy, long maxFileSize, int threads, boolean revealSecrets,
    Baseline baseline, boolean workingTree, HistoryScope history, Set<String> extraAnalyzers,
    Optional<Duration> timeout) {
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
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.map(limit -> limit.isZero() || limit.isNegative()).orElse(false)) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (!workingTree && !history.enabled()) {
      throw new IllegalArgumentException("nothing to scan: neither the working tree nor the history");
    }
  }

  /**
   * A request with the defaults: the working tree and, in a git repository, every ref's history; default policy,
   * 25 MiB files, one thread per core, secrets hidden, no baseline, no time limit.
   */
  public static ScanRequest of(Path root) {
    return builder(root).build();
  }

  /** A builder starting from the defaults of {@link #of(Path)}. */
  public static Builder builder(Path root) {
    return new Builder(root);
  }

  /** A builder holding this request's every setting, to change some of them. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Also runs the named analyzers that are off by default, such as {@code java} (JavaParser: it finds split and
   * sink-bound credentials, at about 1 MB/s against the regex engine's 50-100).
   */
  public ScanRequest withExtraAnalyzers(Set<String> names) {
    return toBuilder().extraAnalyzers(names).build();
  }

  public ScanRequest withPolicy(Policy other) {
    return toBuilder().policy(other).build();
  }

  public ScanRequest withConfig(OverscopeConfig other) {
    return toBuilder().config(other).build();
  }

  public ScanRequest withMaxFileSize(long bytes) {
    return toBuilder().maxFileSize(bytes).build();
  }

  public ScanRequest withThreads(int count) {
    return toBuilder().threads(count).build();
  }

  public ScanRequest withRevealSecrets(boolean reveal) {
    return toBuilder().revealSecrets(reveal).build();
  }

  /** The request with these findings accepted ({@link Baseline#read} or {@link Baseline#of}). */
  public ScanRequest withBaseline(Baseline other) {
    return toBuilder().baseline(other).build();
  }

  /** The request with a time budget: see {@link #timeout()}. */
  public ScanRequest withTimeout(Duration budget) {
    return toBuilder().timeout(budget).build();
  }

  /** Only the working tree: no git history. */
  public ScanRequest withoutHistory() {
    return toBuilder().workingTree(true).history(HistoryScope.none()).build();
  }

  /** Only the git history (or the staged changes): the working tree is not read. */
  public ScanRequest historyOnly(HistoryScope scope) {
    return toBuilder().workingTree(false).history(scope).build();
  }

  /** The working tree and the given part of the history. */
  public ScanRequest withHistory(HistoryScope scope) {
    return toBuilder().workingTree(true).history(scope).build();
  }

  /** Sets what differs from the defaults; {@link #build()} checks the whole. */
  public static final class Builder {
    private final Path root;
    private OverscopeConfig config = OverscopeConfig.empty();
    private Policy policy = Policy.defaults();
    private long maxFileSize = DEFAULT_MAX_FILE_SIZE;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean revealSecrets;
    private Baseline baseline = Baseline.empty();
    private boolean workingTree = true;
    private HistoryScope history = HistoryScope.allRefs();
    private Set<String> extraAnalyzers = Set.of();
    private Optional<Duration> timeout = Optional.empty();

    private Builder(Path root) {
      this.root = root;
    }

    private Builder(ScanRequest request) {
      this.root = request.root;
      this.config = request.config;
      this.policy = request.policy;
      this.maxFileSize = request.maxFileSize;
      this.threads = request.threads;
      this.revealSecrets = request.revealSecrets;
      this.baseline = request.baseline;
      this.workingTree = request.workingTree;
      this.history = request.history;
      this.extraAnalyzers = request.extraAnalyzers;
      this.timeout = request.timeout;
    }

    public Builder config(OverscopeConfig value) {
      this.config = value;
      return this;
    }

    public Builder policy(Policy value) {
      this.policy = value;
      return this;
    }

    public Builder maxFileSize(long bytes) {
      this.maxFileSize = bytes;
      return this;
    }

    public Builder threads(int count) {
      this.threads = count;
      return this;
    }

    public Builder revealSecrets(boolean reveal) {
      this.revealSecrets = reveal;
      return this;
    }

    public Builder baseline(Baseline value) {
      this.baseline = value;
      return this;
    }

    /** Whether the files under the root are read (true by default). */
    public Builder workingTree(boolean read) {
      this.workingTree = read;
      return this;
    }

    public Builder history(HistoryScope scope) {
      this.history = scope;
      return this;
    }

    public Builder extraAnalyzers(Set<String> names) {
      this.extraAnalyzers = names;
      return this;
    }

    /** The time budget; null means none. */
    public Builder timeout(Duration budget) {
      this.timeout = Optional.ofNullable(budget);
      return this;
    }

    public ScanRequest build() {
      return new ScanRequest(root, config, policy, maxFileSize, threads, revealSecrets, baseline, workingTree,
          history, extraAnalyzers, timeout);
    }
  }
}
