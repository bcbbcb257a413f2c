package dev.overscope.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overscope.core.reach.Reach;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import org.junit.jupiter.api.Test;

class PolicyTest {
  private static ScopeVerdict verdict(Scope scope, Environment environment) {
    return new ScopeVerdict(scope, environment, "because");
  }

  @Test
  void theDefaultFailsOnARootCredentialAgentsCanRead() {
    Policy policy = Policy.defaults();
    assertThat(policy.violates(verdict(Scope.ROOT, Environment.UNKNOWN), Reach.CONTEXT)).isTrue();
    assertThat(policy.violates(verdict(Scope.ROOT, Environment.UNKNOWN), Reach.WORKSPACE)).isTrue();
    assertThat(policy.violates(verdict(Scope.ROOT, Environment.UNKNOWN), Reach.HISTORY)).isFalse();
    assertThat(policy.violates(verdict(Scope.BROAD, Environment.UNKNOWN), Reach.CONTEXT)).isFalse();
    assertThat(policy.violates(verdict(Scope.ROOT, Environment.TEST), Reach.CONTEXT)).isFalse();
  }

  @Test
  void broadOrUnknownInContextIsAnErrorThatDoesNotFailByDefault() {
    Policy policy = Policy.defaults();
    assertThat(policy.severity(verdict(Scope.UNKNOWN, Environment.UNKNOWN), Reach.CONTEXT)).isEqualTo(Severity.ERROR);
    assertThat(policy.severity(verdict(Scope.SCOPED, Environment.UNKNOWN), Reach.WORKSPACE))
        .isEqualTo(Severity.WARNING);
    assertThat(policy.severity(verdict(Scope.PUBLIC, Environment.UNKNOWN), Reach.CONTEXT)).isEqualTo(Severity.NOTE);
  }

  @Test
  void aFailOnListWidensThePolicyAndUnknownCountsAsBroad() {
    Policy policy = Policy.parse("root:workspace,broad:context");
    assertThat(policy.violates(verdict(Scope.UNKNOWN, Environment.UNKNOWN), Reach.CONTEXT)).isTrue();
    assertThat(policy.violates(verdict(Scope.BROAD, Environment.UNKNOWN), Reach.WORKSPACE)).isFalse();
    assertThat(Policy.parse("none").failOn()).isEmpty();
  }

  @Test
  void aMalformedConditionSaysWhatIsExpected() {
    assertThatThrownBy(() -> Policy.parse("root")).hasMessageContaining("SCOPE:REACH");
    assertThatThrownBy(() -> Policy.parse("mega:workspace")).hasMessageContaining("unknown scope 'mega'");
  }
}
