package dev.overscope.core.policy;

import dev.overscope.core.reach.Reach;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.List;

/**
 * Turns blast radius and reach into a severity and a pass/fail. The default fails the build when a root credential
 * is in an agent's context or workspace; test-mode credentials never fail it.
 */
public record Policy(List<FailCondition> failOn) {
  public static final String DEFAULT_FAIL_ON = "root:workspace";

  public Policy {
    failOn = List.copyOf(failOn);
  }

  public static Policy defaults() {
    return new Policy(List.of(FailCondition.parse(DEFAULT_FAIL_ON)));
  }

  /** Parses a comma-separated list such as {@code root:workspace,broad:context}; empty means never fail. */
  public static Policy parse(String failOnList) {
    if (failOnList.isBlank() || failOnList.trim().equalsIgnoreCase("none")) {
      return new Policy(List.of());
    }
    return new Policy(java.util.Arrays.stream(failOnList.split(",")).map(FailCondition::parse).toList());
  }

  public Severity severity(ScopeVerdict verdict, Reach reach) {
    Scope scope = verdict.scope();
    if (verdict.environment() == Environment.TEST || scope == Scope.PUBLIC) {
      return Severity.NOTE;
    }
    if (reach == Reach.CONTEXT && scope.weight() >= Scope.BROAD.weight()) {
      return Severity.ERROR;
    }
    if (scope == Scope.ROOT && reach.atLeast(Reach.WORKSPACE)) {
      return Severity.ERROR;
    }
    if (reach.atLeast(Reach.WORKSPACE) || scope.weight() >= Scope.BROAD.weight()) {
      return Severity.WARNING;
    }
    return Severity.NOTE;
  }

  public boolean violates(ScopeVerdict verdict, Reach reach) {
    if (verdict.environment() == Environment.TEST) {
      return false;
    }
    return failOn.stream().anyMatch(condition -> condition.matches(verdict.scope(), reach));
  }

  /** The conditions as the user would write them. */
  public String describe() {
    return failOn.isEmpty()
        ? "never fails"
        : "fails on " + String.join(", ", failOn.stream().map(FailCondition::toString).toList());
  }
}
