package dev.overscope.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.TestRules;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.scope.Scope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineOverlapTest {
  private static final String KEY = "acme_Q7rT2mXk9LpZ4vNc8BwY3hJd";
  private static final Rule.Precedence GENERIC = new Rule.Precedence(true, List.of());

  /** A format-less rule that also matches the acme key when it is assigned to {@code key}. */
  private static Rule genericAssignment() {
    return TestRules.rule("generic-key", "key=", "key=(?<secret>[A-Za-z0-9_]{16,64})", Scope.UNKNOWN, List.of(),
        List.of());
  }

  /** A second provider rule for the same key, when an {@code acme_billing} variable holds it. */
  private static Rule billingKey() {
    return TestRules.rule("acme-billing-key", "acme_billing", "acme_billing=(?<secret>acme_[A-Za-z0-9]{24})",
        Scope.BROAD, List.of(), List.of());
  }

  private static List<String> ruleIds(List<Rule> rules, String text) {
    return new Engine(rules, List.of()).scan(new ByteText(text.getBytes(StandardCharsets.UTF_8))).stream()
        .map(detection -> detection.rule().id())
        .toList();
  }

  @Test
  void withoutPrecedenceBothRulesReportTheSameSecret() {
    assertThat(ruleIds(List.of(TestRules.acmeRoot(), genericAssignment()), "key=" + KEY))
        .containsExactlyInAnyOrder("acme-root-key", "generic-key");
  }

  @Test
  void aGenericRuleYieldsToAProviderRuleOnTheSameSecret() {
    Rule generic = TestRules.withPrecedence(genericAssignment(), GENERIC);
    assertThat(ruleIds(List.of(generic, TestRules.acmeRoot()), "key=" + KEY)).containsExactly("acme-root-key");
  }

  @Test
  void aGenericRuleStillReportsWhatNoProviderRuleFinds() {
    Rule generic = TestRules.withPrecedence(genericAssignment(), GENERIC);
    assertThat(ruleIds(List.of(generic, TestRules.acmeRoot()), "key=Zq8Lm2Xv7Rt4Wk9PyB3n " + KEY))
        .containsExactlyInAnyOrder("generic-key", "acme-root-key");
  }

  @Test
  void twoGenericRulesOnOneSecretAreBothKept() {
    Rule first = TestRules.withPrecedence(genericAssignment(), GENERIC);
    Rule second = TestRules.withPrecedence(
        TestRules.rule("generic-acme", "acme_", "(?<secret>acme_[A-Za-z0-9]{24})", Scope.UNKNOWN, List.of(),
            List.of()), GENERIC);
    assertThat(ruleIds(List.of(first, second), "key=" + KEY)).containsExactlyInAnyOrder("generic-key", "generic-acme");
  }

  @Test
  void aRuleThatSupersedesAnotherReplacesItsOverlappingDetection() {
    Rule billing = TestRules.withPrecedence(billingKey(), new Rule.Precedence(false, List.of("acme-root-key")));
    List<Rule> rules = List.of(TestRules.acmeRoot(), billing);
    assertThat(ruleIds(rules, "acme_billing=" + KEY)).containsExactly("acme-billing-key");
    assertThat(ruleIds(rules, "other=" + KEY)).containsExactly("acme-root-key");
  }

  @Test
  void supersedingIsOneWay() {
    Rule root = TestRules.withPrecedence(TestRules.acmeRoot(), new Rule.Precedence(false, List.of("unrelated")));
    assertThat(ruleIds(List.of(root, billingKey()), "acme_billing=" + KEY))
        .containsExactlyInAnyOrder("acme-root-key", "acme-billing-key");
  }

  @Test
  void detectionsOfDifferentSecretsOnOneLineDoNotTouch() {
    Rule billing = TestRules.withPrecedence(billingKey(), new Rule.Precedence(false, List.of("acme-root-key")));
    String other = "acme_Zk3vB8nQ2xR7tY4mW9pL6hJc";
    assertThat(ruleIds(List.of(TestRules.acmeRoot(), billing), "acme_billing=" + KEY + " " + other))
        .containsExactly("acme-billing-key", "acme-root-key");
  }
}
