package dev.overscope.detectors.scope;

import dev.overscope.core.engine.ByteText;
import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.rule.RulePattern;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Candidates for classifier tests: a text, the secret inside it, and a rule with a default scope. */
final class Candidates {
  private Candidates() {}

  /** The secret's first occurrence in {@code text}, matched by a rule whose default verdict is {@code scope}. */
  static Candidate of(String text, String secret, Scope scope) {
    int start = text.indexOf(secret);
    if (start < 0) {
      throw new IllegalArgumentException("secret not in text");
    }
    Rule rule = new Rule("test-rule", "Test", "token", "A test rule.", "Rotate it.", List.of("https://test.invalid"),
        RulePattern.of(Pattern.quote(secret)), List.of("test"), 4096, 0, List.of(), List.of(),
        new ScopeVerdict(scope, Environment.UNKNOWN, "rule default"), new Rule.Examples(List.of(), List.of()));
    ByteText bytes = new ByteText(text.getBytes(StandardCharsets.UTF_8));
    return new Candidate(rule, secret, start, start + secret.length(), start, start + secret.length(), Map.of(), bytes);
  }

  static Candidate of(String text, String secret) {
    return of(text, secret, Scope.UNKNOWN);
  }

  /** A candidate whose whole text is the secret: what a classifier sees for a bare token. */
  static Candidate of(String secret) {
    return of(secret, secret, Scope.UNKNOWN);
  }
}
