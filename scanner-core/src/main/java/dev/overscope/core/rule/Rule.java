package dev.overscope.core.rule;

import dev.overscope.core.scope.ScopeVerdict;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One kind of credential and how to recognise it. Rules are data (YAML in {@code detectors}); this is their compiled
 * form.
 *
 * <p>The pattern is confirmed anchored at a keyword hit ({@code lookingAt()}), so it must start with one of its
 * keywords; the optional named group {@code secret} marks the credential inside the match (the whole match
 * otherwise). A rule without keywords is reported only by a {@link dev.overscope.core.engine.SourceAnalyzer}; the
 * regex engine never runs it.
 *
 * @param regex the pattern, compiled now or on first use ({@link #pattern()})
 * @param maxLength longest text a match may span; bounds the confirmation window
 * @param minEntropy Shannon entropy floor (bits per character) of the secret; 0 for none
 * @param validators structure and checksum checks, all of which must accept
 * @param classifiers payload- or context-reading scope deciders, tried in order before {@code scope}
 * @param scope the verdict when no classifier decides
 * @param precedence which overlapping detections of other rules this rule's detection replaces
 */
public record Rule(
    String id,
    String provider,
    String kind,
    String description,
    String remediation,
    List<String> references,
    RulePattern regex,
    List<String> keywords,
    int maxLength,
    double minEntropy,
    List<Validator> validators,
    List<ScopeClassifier> classifiers,
    ScopeVerdict scope,
    Examples examples,
    Precedence precedence) {

  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(remediation, "remediation");
    references = List.copyOf(references);
    Objects.requireNonNull(regex, "regex");
    keywords = List.copyOf(keywords);
    validators = List.copyOf(validators);
    classifiers = List.copyOf(classifiers);
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(examples, "examples");
    Objects.requireNonNull(precedence, "precedence");
    if (maxLength <= 0) {
      throw new IllegalArgumentException("rule " + id + " has a non-positive maxLength");
    }
  }

  /** A rule with no precedence over others and none yielding to it beyond the generic default. */
  public Rule(String id, String provider, String kind, String description, String remediation,
      List<String> references, RulePattern regex, List<String> keywords, int maxLength, double minEntropy,
      List<Validator> validators, List<ScopeClassifier> classifiers, ScopeVerdict scope, Examples examples) {
    this(id, provider, kind, description, remediation, references, regex, keywords, maxLength, minEntropy,
        validators, classifiers, scope, examples, Precedence.NONE);
  }

  /** The compiled pattern (compiled here when the rule's regex waits for its first use). */
  public Pattern pattern() {
    return regex.pattern();
  }

  /**
   * True when this rule's detection should be dropped for {@code other}'s overlapping one: {@code other} names this
   * rule in its {@code supersedes}, or this rule is generic and {@code other} is not.
   */
  public boolean yieldsTo(Rule other) {
    return other.precedence.supersedes().contains(id) || (precedence.generic() && !other.precedence.generic());
  }

  /** True when the regex engine runs this rule (it has keywords to trigger it). */
  public boolean runsInEngine() {
    return !keywords.isEmpty();
  }

  /**
   * How a rule ranks against others that report the same text.
   *
   * @param generic a format-less rule (password assignments, bearer headers) that gives way to any provider rule
   * @param supersedes ids of rules whose overlapping detections this rule replaces (Paystack over Stripe for an
   *     {@code sk_live_} key in a Paystack variable)
   */
  public record Precedence(boolean generic, List<String> supersedes) {
    public static final Precedence NONE = new Precedence(false, List.of());

    public Precedence {
      supersedes = List.copyOf(supersedes);
    }
  }

  /** Positive examples must be found (with the given secret and scope when named); negatives must not. */
  public record Examples(List<Example> positive, List<String> negative) {
    public Examples {
      positive = List.copyOf(positive);
      negative = List.copyOf(negative);
    }
  }

  /** Text the rule must find, optionally with the secret it must extract and the scope it must decide. */
  public record Example(String text, java.util.Optional<String> secret,
      java.util.Optional<dev.overscope.core.scope.Scope> scope) {}
}
