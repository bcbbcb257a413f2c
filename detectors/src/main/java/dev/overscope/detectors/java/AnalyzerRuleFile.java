package dev.overscope.detectors.java;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.overscope.detectors.rules.RuleFile;
import java.util.List;

/**
 * {@code sinks.yaml} as written: the rules the source analyzers report under, and the APIs whose argument is a
 * credential. Compiled by {@link SinkCatalog}.
 */
record AnalyzerRuleFile(List<RuleEntry> rules, List<SinkEntry> sinks) {
  AnalyzerRuleFile {
    rules = rules == null ? List.of() : List.copyOf(rules);
    sinks = sinks == null ? List.of() : List.copyOf(sinks);
  }

  /** A rule with no pattern of its own: analyzers decide its matches. {@code analyzer} is java or spring-config. */
  record RuleEntry(
      String id,
      String analyzer,
      String provider,
      String kind,
      String description,
      String remediation,
      List<String> references,
      RuleFile.ScopeEntry scope,
      RuleFile.ExamplesEntry examples) {
    RuleEntry {
      references = references == null ? List.of() : List.copyOf(references);
    }
  }

  /**
   * An API that takes a credential: a method ({@code call}), a constructor ({@code new}) or a static field
   * ({@code assign}); {@code receiver} names the expression the call is made on (dotted, calls written with
   * {@code ()}); {@code argument} is the credential's index; {@code when} requires another argument's value;
   * {@code trigger} overrides the words a file must contain to be parsed for this sink.
   */
  record SinkEntry(
      String rule,
      List<String> call,
      @JsonProperty("new") List<String> construct,
      String assign,
      String receiver,
      Integer arity,
      Integer argument,
      WhenEntry when,
      @JsonProperty("strip-prefix") List<String> stripPrefix,
      List<String> trigger,
      String evidence) {
    SinkEntry {
      trigger = trigger == null ? List.of() : List.copyOf(trigger);
      call = call == null ? List.of() : List.copyOf(call);
      construct = construct == null ? List.of() : List.copyOf(construct);
      stripPrefix = stripPrefix == null ? List.of() : List.copyOf(stripPrefix);
    }
  }

  /** Another argument that must hold a given value, e.g. header name {@code Authorization}. */
  record WhenEntry(Integer argument, @JsonProperty("equals") String equalTo) {}
}
