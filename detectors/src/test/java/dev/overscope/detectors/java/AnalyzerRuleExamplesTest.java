package dev.overscope.detectors.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.engine.ByteText;
import dev.overscope.core.engine.Detection;
import dev.overscope.core.engine.Engine;
import dev.overscope.core.engine.SourceAnalyzer;
import dev.overscope.core.rule.Rule;
import dev.overscope.detectors.rules.BuiltinRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every analyzer rule finds its positive examples and none of its negatives, like the regex rules do. */
class AnalyzerRuleExamplesTest {
  private static final BuiltinRules CATALOGUE = new BuiltinRules();
  private static final Engine ENGINE = new Engine(CATALOGUE.rules(), CATALOGUE.globalFilters());
  private static final JavaSourceAnalyzer JAVA = new JavaSourceAnalyzer();
  private static final SpringConfigAnalyzer SPRING = new SpringConfigAnalyzer();

  @TestFactory
  Stream<DynamicTest> everyAnalyzerRuleFindsItsPositiveExamples() {
    return allRules().flatMap(rule -> rule.examples().positive().stream()
        .map(example -> DynamicTest.dynamicTest(rule.id() + " finds: " + abbreviate(example.text()), () -> {
          List<Detection> found = detectionsOf(rule, example.text());
          assertThat(found).as("%s should find its positive example", rule.id()).isNotEmpty();
          example.secret().ifPresent(secret -> assertThat(found).extracting(Detection::secret).contains(secret));
          example.scope().ifPresent(scope -> assertThat(found.get(0).verdict().scope()).isEqualTo(scope));
          assertThat(found.get(0).verdict().evidence()).endsWith("a literal credential, its power not visible offline");
        })));
  }

  @TestFactory
  Stream<DynamicTest> noAnalyzerRuleFindsItsNegativeExamples() {
    return allRules().flatMap(rule -> rule.examples().negative().stream()
        .map(example -> DynamicTest.dynamicTest(rule.id() + " ignores: " + abbreviate(example), () ->
            assertThat(detectionsOf(rule, example)).as("%s must not fire on its negative example", rule.id())
                .isEmpty())));
  }

  @Test
  void analyzerRulesNeverRunInTheRegexEngineAndStateWhatTheyAreAndHowToFixThem() {
    assertThat(allRules().toList()).isNotEmpty().allSatisfy(rule -> {
      assertThat(rule.keywords()).isEmpty();
      assertThat(rule.runsInEngine()).isFalse();
      assertThat(rule.pattern().matcher("password=hunter2").find()).isFalse();
      assertThat(rule.description()).isNotBlank();
      assertThat(rule.remediation()).isNotBlank();
      assertThat(rule.references()).isNotEmpty();
      assertThat(rule.scope().evidence()).isNotBlank();
    });
    assertThat(allRules().map(Rule::id)).doesNotContainAnyElementsOf(
        CATALOGUE.rules().stream().map(Rule::id).toList());
  }

  private static Stream<Rule> allRules() {
    return Stream.concat(JAVA.rules().stream(), SPRING.rules().stream());
  }

  private static List<Detection> detectionsOf(Rule rule, String example) {
    boolean spring = SPRING.rules().contains(rule);
    SourceAnalyzer analyzer = spring ? SPRING : JAVA;
    String path = spring ? "src/main/resources/application.properties" : "src/main/java/dev/acme/Example.java";
    String text = spring || example.contains("class ") ? example
        : "class Example {\n  Object run() throws Exception {\n    " + example + "\n    return null;\n  }\n}\n";
    return analyzer.analyze(new SourceAnalyzer.AnalysisInput(path,
            new ByteText(text.getBytes(StandardCharsets.UTF_8)), ENGINE)).stream()
        .filter(detection -> detection.rule().id().equals(rule.id()))
        .toList();
  }

  private static String abbreviate(String text) {
    String oneLine = text.replace('\n', ' ');
    return oneLine.length() > 50 ? oneLine.substring(0, 50) + "…" : oneLine;
  }
}
