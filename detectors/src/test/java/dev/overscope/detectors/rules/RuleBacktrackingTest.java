package dev.overscope.detectors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.rule.Rule;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Feeds every rule hostile input at each of its keywords and counts the characters its regex reads: a deterministic
 * measure of backtracking that a loaded CI machine cannot make flaky. Bounded quantifiers and the max-length window
 * must keep each confirmation within a small multiple of the window.
 */
class RuleBacktrackingTest {
  /** Reads allowed per confirmation, per character of the rule's window. Exponential patterns blow far past it. */
  static final int READS_PER_WINDOW_CHAR = 64;

  private static final List<String> FILLERS = List.of(
      "a", "A", "0", "f", "-", "_", "/", "+", "=", ".", ":", " ", "\t", "\"", "'", "\n", "@", "aB3-", "a:b@", "0-",
      "eyJ", "-----END ");

  @TestFactory
  Stream<DynamicTest> noRuleBacktracksBeyondALinearBound() {
    return new BuiltinRules().rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
      long worst = 0;
      String worstInput = "";
      for (String keyword : rule.keywords()) {
        for (String filler : FILLERS) {
          long reads = readsFor(rule, keyword + filler.repeat(2 * rule.maxLength() / filler.length() + 1));
          if (reads > worst) {
            worst = reads;
            worstInput = keyword + " + '" + filler.replace("\n", "\\n") + "'...";
          }
        }
      }
      assertThat(worst).as("characters read by %s on %s", rule.id(), worstInput)
          .isLessThanOrEqualTo((long) READS_PER_WINDOW_CHAR * rule.maxLength() + 10_000);
    }));
  }

  @org.junit.jupiter.api.Test
  void theBoundCatchesACatastrophicPatternThatBoundedQuantifiersAloneWouldAllow() {
    Rule nested = new Rule("nested", "Acme", "key", "d", "r", List.of(),
        dev.overscope.core.rule.RulePattern.of("acme_(?:[a-z]{1,8}){1,8}!"), List.of("acme_"), 200, 0, List.of(),
        List.of(), new dev.overscope.core.scope.ScopeVerdict(dev.overscope.core.scope.Scope.UNKNOWN,
            dev.overscope.core.scope.Environment.UNKNOWN, "e"), new Rule.Examples(List.of(), List.of()));
    assertThat(readsFor(nested, "acme_" + "a".repeat(20)))
        .isGreaterThan((long) READS_PER_WINDOW_CHAR * nested.maxLength() + 10_000);
  }

  private static long readsFor(Rule rule, String text) {
    CountingText counting = new CountingText(text);
    Matcher matcher = rule.pattern().matcher(counting);
    matcher.useTransparentBounds(true).useAnchoringBounds(false);
    matcher.region(0, Math.min(text.length(), rule.maxLength()));
    matcher.lookingAt();
    return counting.reads;
  }

  /** A CharSequence that counts how often the regex engine looks at a character. */
  private static final class CountingText implements CharSequence {
    private final String text;
    long reads;

    CountingText(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
