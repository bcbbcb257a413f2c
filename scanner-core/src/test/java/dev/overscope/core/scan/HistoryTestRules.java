package dev.overscope.core.scan;

import dev.overscope.core.rule.Rule;
import dev.overscope.core.rule.RulePattern;
import dev.overscope.core.rule.RuleSource;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.List;
import java.util.regex.Pattern;

/** One AWS-like access key id rule, enough to see what the history source feeds the engine. */
final class HistoryTestRules implements RuleSource {
  /** Fabricated for these tests; not a real key. */
  static final String KEY_ONE = "AKIAUJZDEGXDNCF32EPF";
  static final String KEY_TWO = "AKIA3DHODZDOCIS2JHTL";
  static final String KEY_THREE = "AKIAGMXGEDN73U55XTPL";

  @Override
  public List<Rule> rules() {
    return List.of(new Rule("test-access-key", "Test", "access key id", "A test key.", "Rotate it.", List.of(),
        RulePattern.of("\\b(?<secret>AKIA[A-Z2-7]{16})\\b"), List.of("akia"), 24, 0, List.of(), List.of(),
        new ScopeVerdict(Scope.BROAD, Environment.UNKNOWN, "a test rule"),
        new Rule.Examples(List.of(), List.of())));
  }

  static Scanner scanner() {
    return Scanner.builder().addRuleSource(new HistoryTestRules()).build();
  }
}
