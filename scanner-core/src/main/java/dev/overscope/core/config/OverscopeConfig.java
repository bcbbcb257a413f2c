package dev.overscope.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * The model of {@code .overscope.yaml}, shared by the CLI, the Maven plugin and the Action: one place parses it
 * ({@link ConfigLoader}), all three use it.
 */
public record OverscopeConfig(PolicySection policy, List<AllowEntry> allowlist, LimitsSection limits) {
  public OverscopeConfig {
    policy = policy == null ? new PolicySection(null) : policy;
    allowlist = allowlist == null ? List.of() : List.copyOf(allowlist);
    limits = limits == null ? new LimitsSection(null) : limits;
  }

  public static OverscopeConfig empty() {
    return new OverscopeConfig(null, null, null);
  }

  /** {@code policy:} what fails the build. */
  public record PolicySection(@JsonProperty("fail-on") List<String> failOn) {
    public PolicySection {
      failOn = failOn == null ? null : List.copyOf(failOn);
    }

    /** The configured conditions, or empty when the file leaves the default in place. */
    public Optional<List<String>> failOnConditions() {
      return Optional.ofNullable(failOn);
    }
  }

  /**
   * {@code allowlist:} one accepted exception, always with its reason.
   *
   * @param paths globs relative to the scanned root ({@code **} crosses directories)
   * @param fingerprints finding ids as reports print them
   */
  public record AllowEntry(List<String> paths, List<String> fingerprints, String reason) {
    public AllowEntry {
      paths = paths == null ? List.of() : List.copyOf(paths);
      fingerprints = fingerprints == null ? List.of() : List.copyOf(fingerprints);
    }
  }

  /** {@code limits:} resource bounds. */
  public record LimitsSection(@JsonProperty("max-file-size") Long maxFileSize) {
    public Optional<Long> maxFileSizeBytes() {
      return Optional.ofNullable(maxFileSize);
    }
  }
}
