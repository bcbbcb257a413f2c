package dev.overscope.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.TestRules;
import dev.overscope.core.finding.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever surrounds a secret, it is found exactly once at the right line and column, and never leaks redacted. */
class EnginePropertiesTest {
  private static final Engine ENGINE = new Engine(List.of(TestRules.acmeRoot()), List.of());

  @Provide
  Arbitrary<String> noise() {
    // Words, punctuation and whitespace of every kind, but never a letter or digit touching the secret.
    return Arbitraries.strings().withChars("abc XYZ019_-=:;,.\"'`()[]{}<>\t/\\").ofMaxLength(60);
  }

  @Provide
  Arbitrary<String> lineEnding() {
    return Arbitraries.of("\n", "\r\n", "\r");
  }

  @Provide
  Arbitrary<String> secret() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
        .ofLength(24).filter(body -> body.chars().distinct().count() > 6).map(body -> "acme_" + body);
  }

  @Property(tries = 300)
  void aSecretAnywhereIsFoundOnceWithItsPosition(
      @ForAll("noise") String before,
      @ForAll("noise") String after,
      @ForAll("lineEnding") String eol,
      @ForAll @IntRange(min = 0, max = 5) int linesBefore,
      @ForAll("secret") String secret) {
    String separatorBefore = before.isEmpty() ? "" : " ";
    String text = ("filler" + eol).repeat(linesBefore) + before + separatorBefore + secret + " " + after + eol;
    List<Detection> found = ENGINE.scan(new ByteText(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(found).singleElement().satisfies(detection -> {
      assertThat(detection.secret()).isEqualTo(secret);
      int expectedLine = eol.equals("\r") ? 1 : linesBefore + 1;
      assertThat(detection.span().startLine()).isEqualTo(expectedLine);
      if (!eol.equals("\r")) {
        assertThat(detection.span().startColumn()).isEqualTo(before.length() + separatorBefore.length() + 1);
      }
    });
  }

  @Property(tries = 300)
  void redactionNeverShowsMoreThanThePrefixAndNothingOfTheEnd(@ForAll("secret") String secret) {
    String redacted = Redactor.redact(secret, List.of("acme_"));
    assertThat(redacted).startsWith("acme_…").doesNotContain(secret.substring(5, 9));
  }
}
