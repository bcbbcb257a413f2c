package dev.overscope.core.scope;

import java.util.Objects;

/**
 * A decided blast radius with the signal that decided it, in words a reviewer can check ("prefix rk_live_ marks a
 * restricted key").
 */
public record ScopeVerdict(Scope scope, Environment environment, String evidence) {
  public ScopeVerdict {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(evidence, "evidence");
  }

  public ScopeVerdict withEnvironment(Environment other) {
    return new ScopeVerdict(scope, other, evidence);
  }
}
