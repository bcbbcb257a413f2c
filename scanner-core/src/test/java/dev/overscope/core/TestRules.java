package dev.overscope.core;

import dev.overscope.core.rule.Rule;
import dev.overscope.core.rule.RulePattern;
import dev.overscope.core.rule.RuleSource;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.rule.Validator;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.List;
import java.util.regex.Pattern;

/** Small rules built in code: the core cannot see the detectors' catalogue. */
public final class TestRules {
  private TestRules() {}

  public static Rule rule(String id, String keyword, String pattern, Scope scope, List<Validator> validators,
      List<ScopeClassifier> classifiers) {
    return new Rule(id, "Acme", "API key", "An Acme key.", "Rotate it.", List.of("https://acme.test/docs"),
        RulePattern.of(pattern), List.of(keyword), 128, 0, validators, classifiers,
        new ScopeVerdict(scope, Environment.UNKNOWN, "test evidence for " + id),
        new Rule.Examples(List.of(), List.of()));
  }

  /** acme_ followed by 24 letters and digits: scope root. */
  public static Rule acmeRoot() {
    return rule("acme-root-key", "acme_", "\\b(?<secret>acme_[A-Za-z0-9]{24})\\b", Scope.ROOT, List.of(), List.of());
  }

  /** A variable-context rule whose keyword sits at the start of the match and whose secret is a group. */
  public static Rule tokenAssignment() {
    return rule("acme-token-var", "acme_token", "(?i)acme_token[ \\t]{0,4}=[ \\t]{0,4}(?<secret>[0-9a-f]{32})",
        Scope.SCOPED, List.of(), List.of());
  }

  /** The same rule ranked against others by {@code precedence}. */
  public static Rule withPrecedence(Rule rule, Rule.Precedence precedence) {
    return new Rule(rule.id(), rule.provider(), rule.kind(), rule.description(), rule.remediation(),
        rule.references(), rule.regex(), rule.keywords(), rule.maxLength(), rule.minEntropy(), rule.validators(),
        rule.classifiers(), rule.scope(), rule.examples(), precedence);
  }

  public static RuleSource source(Rule... rules) {
    return () -> List.of(rules);
  }
}
