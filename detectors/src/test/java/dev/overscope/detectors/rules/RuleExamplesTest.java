package dev.overscope.detectors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every built-in rule finds its positive examples (with the stated secret and scope) and none of its negatives. */
class RuleExamplesTest {
  private static final BuiltinRules CATALOGUE = new BuiltinRules();
  private static final RuleExamples EXAMPLES = new RuleExamples(CATALOGUE.rules(), CATALOGUE.globalFilters());

  @TestFactory
  Stream<DynamicTest> everyExampleOfEveryRulePasses() {
    return CATALOGUE.rules().stream().flatMap(rule -> EXAMPLES.check(rule).stream())
        .map(outcome -> DynamicTest.dynamicTest(outcome.describe(), () ->
            assertThat(outcome.problem()).as(outcome.describe()).isEmpty()));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleHasBothKindsOfExample() {
    return CATALOGUE.rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
      assertThat(EXAMPLES.check(rule)).anyMatch(RuleExamples.Outcome::positive)
          .anyMatch(outcome -> !outcome.positive());
    }));
  }
}
