package dev.overscope.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model of {@code .overscope.yaml}, shared by the CLI, the Maven plugin and the Action: one place parses it
 * ({@link ConfigLoader}), all three use it. Paths in it ({@code rules.files}, {@code baseline}) are resolved against
 * the configuration file's folder when it is loaded.
 *
 * @param agents the agent profiles that count for reach; empty means every known agent
 * @param baseline the baseline file of accepted findings, if any
 */
public record OverscopeConfig(
    PolicySection policy,
    List<String> agents,
    List<AllowEntry> allowlist,
    RulesSection rules,
    String baseline,
    LimitsSection limits,
    PathsSection paths) {
  public OverscopeConfig {
    policy = policy == null ? new PolicySection(null, null) : policy;
    agents = agents == null ? List.of() : List.copyOf(agents);
    allowlist = allowlist == null ? List.of() : List.copyOf(allowlist);
    rules = rules == null ? new RulesSection(null, null, null) : rules;
    limits = limits == null ? new LimitsSection(null, null, null) : limits;
    paths = paths == null ? new PathsSection(null, null) : paths;
  }

  /** The first fields the model had: policy, allowlist and limits. */
  public OverscopeConfig(PolicySection policy, List<AllowEntry> allowlist, LimitsSection limits) {
    this(policy, null, allowlist, null, null, limits, null);
  }

  public static OverscopeConfig empty() {
    return new OverscopeConfig(null, null, null, null, null, null, null);
  }

  public Optional<String> baselineFile() {
    return Optional.ofNullable(baseline).filter(text -> !text.isBlank());
  }

  public OverscopeConfig withBaseline(String file) {
    return new OverscopeConfig(policy, agents, allowlist, rules, file, limits, paths);
  }

  public OverscopeConfig withRules(RulesSection other) {
    return new OverscopeConfig(policy, agents, allowlist, other, baseline, limits, paths);
  }

  /**
   * {@code policy:} what fails the build, and how loudly each rule is reported.
   *
   * @param severity severity ({@code error}, {@code warning}, {@code note}) by rule id or provider name
   */
  public record PolicySection(@JsonProperty("fail-on") List<String> failOn, Map<String, String> severity) {
    public PolicySection {
      failOn = failOn == null ? null : List.copyOf(failOn);
      severity = severity == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(severity));
    }

    /** The configured conditions, or empty when the file leaves the default in place. */
    public Optional<List<String>> failOnConditions() {
      return Optional.ofNullable(failOn);
    }
  }

  /**
   * {@code allowlist:} one accepted exception, always with its reason. A finding is allowed when any of the lists
   * matches it.
   *
   * @param paths globs relative to the scanned root ({@code **} crosses directories)
   * @param fingerprints finding ids as reports print them
   * @param secrets regular expressions searched in the secret itself
   * @param lines regular expressions searched in the line holding the secret
   */
  public record AllowEntry(
      List<String> paths, List<String> fingerprints, List<String> secrets, List<String> lines, String reason) {
    public AllowEntry {
      paths = paths == null ? List.of() : List.copyOf(paths);
      fingerprints = fingerprints == null ? List.of() : List.copyOf(fingerprints);
      secrets = secrets == null ? List.of() : List.copyOf(secrets);
      lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public AllowEntry(List<String> paths, List<String> fingerprints, String reason) {
      this(paths, fingerprints, null, null, reason);
    }

    boolean isEmpty() {
      return paths.isEmpty() && fingerprints.isEmpty() && secrets.isEmpty() && lines.isEmpty();
    }
  }

  /**
   * {@code rules:} custom rules in the built-in rule schema.
   *
   * @param extendsRules {@code default} keeps the built-in catalogue, {@code none} replaces it
   * @param files rule files (one provider each, as the built-ins), resolved against the configuration's folder
   * @param inline rule entries written in the configuration itself; each may name its {@code provider}
   */
  public record RulesSection(
      @JsonProperty("extends") String extendsRules, List<String> files, List<Map<String, Object>> inline) {
    public static final String DEFAULT = "default";
    public static final String NONE = "none";

    public RulesSection {
      extendsRules = extendsRules == null ? DEFAULT : extendsRules;
      files = files == null ? List.of() : List.copyOf(files);
      inline = inline == null ? List.of() : List.copyOf(inline);
    }

    /** True unless the file says {@code extends: none}. */
    public boolean keepsBuiltins() {
      return !NONE.equals(extendsRules);
    }

    public RulesSection withFiles(List<String> other) {
      return new RulesSection(extendsRules, other, inline);
    }
  }

  /**
   * {@code limits:} resource bounds.
   *
   * @param historyDepth how many commits back a history scan reads
   * @param timeout the scan's time budget as written ({@code 90s}, {@code 10m}, {@code 1h}); checked at load
   */
  public record LimitsSection(
      @JsonProperty("max-file-size") Long maxFileSize, @JsonProperty("history-depth") Integer historyDepth,
      String timeout) {
    public Optional<Long> maxFileSizeBytes() {
      return Optional.ofNullable(maxFileSize);
    }

    /** The time budget, when the file sets one (a loaded configuration's is always valid). */
    public Optional<java.time.Duration> timeoutDuration() {
      return Optional.ofNullable(timeout).map(DurationText::parse);
    }

    public Optional<Integer> historyDepthCommits() {
      return Optional.ofNullable(historyDepth);
    }
  }

  /**
   * {@code paths:} which working-tree files are read at all, as globs relative to the scanned root.
   *
   * @param include when given, only files matching one of these are read
   * @param exclude files (and whole folders) matching one of these are never read
   */
  public record PathsSection(List<String> include, List<String> exclude) {
    public PathsSection {
      include = include == null ? List.of() : List.copyOf(include);
      exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }
  }
}
