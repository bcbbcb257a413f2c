package dev.overscope.detectors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.engine.ByteText;
import dev.overscope.core.engine.Detection;
import dev.overscope.core.engine.Engine;
import dev.overscope.core.rule.Rule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every built-in rule finds its positive examples (with the stated secret and scope) and none of its negatives. */
class RuleExamplesTest {
  private static final BuiltinRules CATALOGUE = new BuiltinRules();
  private static final Engine ENGINE = new Engine(CATALOGUE.rules(), CATALOGUE.globalFilters());

  @TestFactory
  Stream<DynamicTest> everyRuleFindsItsPositiveExamples() {
    return CATALOGUE.rules().stream().flatMap(rule -> rule.examples().positive().stream()
        .map(example -> DynamicTest.dynamicTest(rule.id() + " finds: " + abbreviate(example.text()), () -> {
          List<Detection> found = detectionsOf(rule, example.text());
          assertThat(found).as("%s should find its positive example", rule.id()).isNotEmpty();
          example.secret().ifPresent(secret -> assertThat(found).extracting(Detection::secret).contains(secret));
          example.scope().ifPresent(scope ->
              assertThat(found.get(0).verdict().scope()).as("scope decided by %s", rule.id()).isEqualTo(scope));
          assertThat(found.get(0).verdict().evidence()).isNotBlank();
        })));
  }

  @TestFactory
  Stream<DynamicTest> noRuleFindsItsNegativeExamples() {
    return CATALOGUE.rules().stream().flatMap(rule -> rule.examples().negative().stream()
        .map(example -> DynamicTest.dynamicTest(rule.id() + " ignores: " + abbreviate(example), () ->
            assertThat(detectionsOf(rule, example)).as("%s must not fire on its negative example", rule.id())
                .isEmpty())));
  }

  private static List<Detection> detectionsOf(Rule rule, String text) {
    return ENGINE.scan(new ByteText(text.getBytes(StandardCharsets.UTF_8))).stream()
        .filter(detection -> detection.rule().id().equals(rule.id()))
        .toList();
  }

  private static String abbreviate(String text) {
    String oneLine = text.replace('\n', ' ');
    return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
  }
}
