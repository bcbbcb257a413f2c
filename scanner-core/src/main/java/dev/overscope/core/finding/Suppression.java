package dev.overscope.core.finding;

/** Why a finding is accepted and does not count against the policy. */
public record Suppression(Kind kind, String justification) {

  /** Where the acceptance was written down. */
  public enum Kind {
    /** An allowlist entry in the configuration file. */
    CONFIG,
    /** An {@code overscope:allow} comment beside the secret. */
    INLINE,
    /** A fingerprint in the baseline file. */
    BASELINE
  }
}
