package dev.overscope.core.rule;

/**
 * A check that a candidate really is what its rule says: a checksum, a decodable structure, not a placeholder. One
 * small class per check, found through {@link java.util.ServiceLoader} and named from rule files.
 */
public interface Validator {

  /** The name rule files use, e.g. {@code github-checksum}. */
  String name();

  /** True when the candidate passes. Must not throw on malformed input: malformed means false. */
  boolean accepts(Candidate candidate);
}
