package dev.overscope.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.TestRules;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.rule.Validator;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineTest {
  /** The shortcut past rules opening with \b agrees with the regex's own \b wherever it skips one. */
  @Test
  void aKeywordInsideAWordSkipsOnlyRulesWhoseBoundaryCouldNotHold() {
    java.util.regex.Pattern boundary = java.util.regex.Pattern.compile("\\b");
    String text = "core_re_ x re_ _re_ 9re_ -re_ \u00e9re_ re_";
    for (int at = text.indexOf("re_"); at >= 0; at = text.indexOf("re_", at + 1)) {
      var matcher = boundary.matcher(text).region(at, text.length()).useTransparentBounds(true);
      if (Engine.noBoundaryBefore(text, at)) {
        assertThat(matcher.lookingAt()).as("at %d", at).isFalse();
      }
    }
    assertThat(Engine.noBoundaryBefore("core_re_", 2)).isTrue();
    assertThat(Engine.noBoundaryBefore("x re_", 2)).isFalse();
    assertThat(Engine.noBoundaryBefore("-re_", 1)).isFalse();
    assertThat(Engine.noBoundaryBefore("re_", 0)).isFalse();
  }

  @Test
  void namedGroupsOtherThanTheSecretAreReadOffTheRegexButNotLookbehinds() {
    assertThat(Engine.groupNames("(?<org>[a-z]{3})_(?<secret>[A-Za-z0-9]{32})(?<=x)(?<!y)(?<region2>eu|us)(?<9x>z)"))
        .containsExactly("org", "region2");
    assertThat(Engine.groupNames("ghp_[A-Za-z0-9]{36}")).isEmpty();
  }

  private static final String KEY = "acme_Q7rT2mXk9LpZ4vNc8BwY3hJd";

  private static List<Detection> scan(Engine engine, String text) {
    return engine.scan(new ByteText(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void findsASecretWithItsLineAndColumnsAndTheRuleScope() {
    Engine engine = new Engine(List.of(TestRules.acmeRoot()), List.of());
    List<Detection> found = scan(engine, "first line\r\n  key: \"" + KEY + "\"\n");
    assertThat(found).singleElement().satisfies(detection -> {
      assertThat(detection.secret()).isEqualTo(KEY);
      assertThat(detection.span()).isEqualTo(new TextSpan(2, 9, 2, 9 + KEY.length()));
      assertThat(detection.verdict().scope()).isEqualTo(Scope.ROOT);
      assertThat(detection.lineText()).isEqualTo("  key: \"" + KEY + "\"");
    });
  }

  @Test
  void columnsCountCharactersNotBytesAfterNonAsciiText() {
    Engine engine = new Engine(List.of(TestRules.acmeRoot()), List.of());
    assertThat(scan(engine, "clé = " + KEY)).singleElement()
        .satisfies(detection -> assertThat(detection.span().startColumn()).isEqualTo(7));
  }

  @Test
  void theNamedSecretGroupIsTheSecretNotTheWholeMatch() {
    Engine engine = new Engine(List.of(TestRules.tokenAssignment()), List.of());
    assertThat(scan(engine, "ACME_TOKEN = 0123456789abcdef0123456789abcdef")).singleElement()
        .satisfies(detection -> assertThat(detection.secret()).isEqualTo("0123456789abcdef0123456789abcdef"));
  }

  @Test
  void aKeywordWithoutTheRestOfThePatternIsNoFinding() {
    Engine engine = new Engine(List.of(TestRules.acmeRoot()), List.of());
    assertThat(scan(engine, "the acme_ prefix, acme_short, xacme_Q7rT2mXk9LpZ4vNc8BwY3hJd")).isEmpty();
  }

  @Test
  void validatorsAndGlobalFiltersCanRejectAMatch() {
    Validator rejectAll = new Validator() {
      @Override
      public String name() {
        return "reject";
      }

      @Override
      public boolean accepts(dev.overscope.core.rule.Candidate candidate) {
        return false;
      }
    };
    assertThat(scan(new Engine(List.of(TestRules.acmeRoot()), List.of(rejectAll)), KEY)).isEmpty();
    var rule = TestRules.rule("acme-v", "acme_", "acme_[A-Za-z0-9]{24}", Scope.ROOT, List.of(rejectAll), List.of());
    assertThat(scan(new Engine(List.of(rule), List.of()), KEY)).isEmpty();
  }

  @Test
  void aClassifierVerdictWinsOverTheRuleDefault() {
    ScopeClassifier readOnly = new ScopeClassifier() {
      @Override
      public String name() {
        return "ro";
      }

      @Override
      public Optional<ScopeVerdict> classify(dev.overscope.core.rule.Candidate candidate) {
        return Optional.of(new ScopeVerdict(Scope.READ_ONLY, Environment.TEST, "decoded caveat says read"));
      }
    };
    var rule = TestRules.rule("acme-c", "acme_", "acme_[A-Za-z0-9]{24}", Scope.ROOT, List.of(), List.of(readOnly));
    assertThat(scan(new Engine(List.of(rule), List.of()), KEY)).singleElement().satisfies(detection -> {
      assertThat(detection.verdict().scope()).isEqualTo(Scope.READ_ONLY);
      assertThat(detection.verdict().evidence()).isEqualTo("decoded caveat says read");
    });
  }

  @Test
  void twoSecretsOnOneLineAreTwoDetections() {
    Engine engine = new Engine(List.of(TestRules.acmeRoot()), List.of());
    String other = "acme_Z9yX8wV7uT6sR5qP4oN3mL2k";
    assertThat(scan(engine, KEY + " " + other)).extracting(Detection::secret).containsExactly(KEY, other);
  }
}
