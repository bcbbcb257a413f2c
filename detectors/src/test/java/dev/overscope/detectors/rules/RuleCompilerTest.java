package dev.overscope.detectors.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RuleCompilerTest {
  private final RuleFileLoader loader = new RuleFileLoader(PluginRegistry.installed());

  private void load(String yaml) {
    loader.load("custom.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String rule(String keywords, String pattern) {
    return """
        provider: Acme
        rules:
          - id: acme-key
            kind: API key
            description: An Acme key.
            remediation: Rotate it.
            keywords: %s
            pattern: '%s'
            scope: {level: broad, evidence: prefix acme_}
            examples:
              positive: [acme_0123]
              negative: [nothing]
        """.formatted(keywords, pattern);
  }

  @Test
  void unboundedQuantifiersAreRejectedBecauseTheyMakeBacktrackingUnbounded() {
    assertThatThrownBy(() -> load(rule("[acme_]", "acme_[a-z0-9]+")))
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining("custom.yaml: rule 'acme-key': unbounded quantifier '+'");
    assertThatThrownBy(() -> load(rule("[acme_]", "acme_.{4,}")))
        .hasMessageContaining("unbounded quantifier '{4,}'");
  }

  @Test
  void quantifierCharactersInsideClassesAndEscapesAreFine() {
    assertThat(PatternSafety.unboundedQuantifier("acme_[+*]{4}\\+\\*")).isEmpty();
  }

  @Test
  void shortKeywordsAreRejectedBecauseTheyFloodThePrefilter() {
    assertThatThrownBy(() -> load(rule("[sk]", "sk[0-9]{4}")))
        .hasMessageContaining("keyword 'sk' must be at least 3");
  }

  @Test
  void unknownValidatorIsNamedInTheError() {
    String yaml = rule("[acme_]", "acme_[0-9]{4}").replace("scope:", "validators: [nope]\n    scope:");
    assertThatThrownBy(() -> load(yaml)).hasMessageContaining("unknown validator 'nope'");
  }

  @Test
  void malformedYamlNamesTheFileAndLine() {
    assertThatThrownBy(() -> load("provider: [unclosed\n"))
        .isInstanceOf(RuleFileException.class)
        .hasMessageStartingWith("custom.yaml:");
  }
}
