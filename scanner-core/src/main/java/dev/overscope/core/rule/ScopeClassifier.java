package dev.overscope.core.rule;

import dev.overscope.core.scope.ScopeVerdict;
import java.util.Optional;

/**
 * Decides a candidate's blast radius from what can be read offline: a decoded payload, a URL's user name, the
 * variable it is assigned to. Found through {@link java.util.ServiceLoader} and named from rule files.
 */
public interface ScopeClassifier {

  /** The name rule files use, e.g. {@code jwt-role}. */
  String name();

  /** A verdict with its evidence, or empty to leave the decision to the next classifier or the rule's default. */
  Optional<ScopeVerdict> classify(Candidate candidate);
}
