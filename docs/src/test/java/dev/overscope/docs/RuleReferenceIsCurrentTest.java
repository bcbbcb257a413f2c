package dev.overscope.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.detectors.rules.BuiltinRules;
import dev.overscope.detectors.rules.RuleReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code docs/rules.md} is generated from the catalogue; this fails when someone changes a rule and not the doc. */
class RuleReferenceIsCurrentTest {
  private static final Path REFERENCE = Path.of("rules.md");

  @Test
  void theRuleReferenceMatchesTheCatalogue() throws IOException {
    String expected = RuleReference.markdown(new BuiltinRules().rules());
    if (Boolean.getBoolean("overscope.updateDocs")) {
      Files.writeString(REFERENCE, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(REFERENCE)).as("docs/rules.md exists").isTrue();
    assertThat(Files.readString(REFERENCE, StandardCharsets.UTF_8))
        .as("docs/rules.md is stale: run mvn -pl docs -am test -Doverscope.updateDocs=true")
        .isEqualTo(expected);
  }
}
