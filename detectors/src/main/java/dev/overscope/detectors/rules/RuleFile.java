package dev.overscope.detectors.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One provider's rule file as written in YAML: the format every built-in and custom rule uses. Compiled into
 * {@link dev.overscope.core.rule.Rule} by {@link RuleCompiler}.
 */
public record RuleFile(String provider, List<String> references, List<RuleEntry> rules) {
  public RuleFile {
    references = references == null ? List.of() : List.copyOf(references);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /**
   * One rule. {@code generic: true} marks a format-less rule that gives way to any provider rule reporting the same
   * text (every rule of the provider {@value RuleCompiler#GENERIC_PROVIDER} is generic); {@code supersedes} names
   * rules whose overlapping detections this one replaces.
   */
  public record RuleEntry(
      String id,
      String kind,
      String description,
      String remediation,
      List<String> references,
      List<String> keywords,
      String pattern,
      @JsonProperty("max-length") Integer maxLength,
      Double entropy,
      List<String> validators,
      List<String> classifiers,
      ScopeEntry scope,
      ContextEntry context,
      ExamplesEntry examples,
      Boolean generic,
      List<String> supersedes) {
    public RuleEntry {
      supersedes = supersedes == null ? List.of() : List.copyOf(supersedes);
      references = references == null ? List.of() : List.copyOf(references);
      keywords = keywords == null ? List.of() : List.copyOf(keywords);
      validators = validators == null ? List.of() : List.copyOf(validators);
      classifiers = classifiers == null ? List.of() : List.copyOf(classifiers);
    }
  }

  /** The default blast radius and the words that justify it. */
  public record ScopeEntry(String level, String evidence, String environment) {}

  /** Text that must appear near a match (within {@code window} characters either side) for it to count. */
  public record ContextEntry(String requires, Integer window) {}

  public record ExamplesEntry(List<ExampleEntry> positive, List<String> negative) {
    public ExamplesEntry {
      positive = positive == null ? List.of() : List.copyOf(positive);
      negative = negative == null ? List.of() : List.copyOf(negative);
    }
  }

  /** A positive example: plain text, or {@code {text, secret, scope}} to also pin what is extracted and decided. */
  public record ExampleEntry(String text, String secret, String scope) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ExampleEntry of(String text) {
      return new ExampleEntry(text, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static ExampleEntry of(
        @JsonProperty("text") String text,
        @JsonProperty("secret") String secret,
        @JsonProperty("scope") String scope) {
      return new ExampleEntry(text, secret, scope);
    }
  }
}
