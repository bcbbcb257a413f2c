package dev.overscope.core.policy;

import dev.overscope.core.reach.Reach;
import dev.overscope.core.scope.Scope;

/**
 * "Fail when a credential with at least this much power is at least this close to an agent", written
 * {@code root:workspace} (root at context or workspace) or {@code broad:context} (broad, unknown or root in context).
 */
public record FailCondition(Scope scope, Reach reach) {

  public static FailCondition parse(String text) {
    String[] parts = text.trim().split(":", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new IllegalArgumentException(
          "fail-on condition '" + text + "' is not SCOPE:REACH, e.g. root:workspace or broad:context");
    }
    return new FailCondition(Scope.fromLabel(parts[0]), Reach.fromLabel(parts[1]));
  }

  public boolean matches(Scope findingScope, Reach findingReach) {
    return findingScope.weight() >= scope.weight() && findingReach.atLeast(reach);
  }

  @Override
  public String toString() {
    return scope.label() + ":" + reach.label();
  }
}
