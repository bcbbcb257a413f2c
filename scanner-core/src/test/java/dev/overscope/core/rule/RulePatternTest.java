package dev.overscope.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class RulePatternTest {
  @Test
  void aTeamsRegexIsCompiledWhenLoadedSoABrokenOneIsReportedThen() {
    assertThatThrownBy(() -> RulePattern.of("acme_[a-z")).isInstanceOf(PatternSyntaxException.class);
  }

  @Test
  void aBuiltInRegexIsCompiledOnlyWhenFirstUsedAndThenOnce() {
    RulePattern late = RulePattern.compiledOnFirstUse("acme_[a-z");
    assertThat(late.source()).isEqualTo("acme_[a-z");
    assertThatThrownBy(late::pattern).isInstanceOf(PatternSyntaxException.class);

    RulePattern key = RulePattern.compiledOnFirstUse("acme_[a-z]{8}");
    assertThat(key.pattern().matcher("acme_abcdefgh").matches()).isTrue();
    assertThat(key.pattern()).isSameAs(key.pattern());
    assertThat(key).isEqualTo(RulePattern.of("acme_[a-z]{8}"));
  }
}
