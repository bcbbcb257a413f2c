package dev.overscope.detectors.rules;

import dev.overscope.core.engine.ByteText;
import dev.overscope.core.engine.Detection;
import dev.overscope.core.engine.Engine;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.rule.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs rules' own examples: every positive must be found (with the secret and scope it names), no negative may be.
 * One checker for the catalogue's test, for custom rules at load and for {@code overscope rules test}.
 */
public final class RuleExamples {
  private final Engine engine;

  /** Examples run with the rules together and the global filters, as a scan would run them. */
  public RuleExamples(List<Rule> rules, List<Validator> globalFilters) {
    this.engine = new Engine(rules, globalFilters);
  }

  /** One example's verdict. */
  public record Outcome(Rule rule, boolean positive, int number, String text, Optional<String> problem) {
    public boolean passed() {
      return problem.isEmpty();
    }

    /** {@code rule 'x' positive example 2 'GITHUB_TOKEN=ghp_…'}, the example cut short. */
    public String describe() {
      return "rule '" + rule.id() + "' " + (positive ? "positive" : "negative") + " example " + number + " '"
          + abbreviate(text) + "'";
    }
  }

  public List<Outcome> check(Rule rule) {
    List<Outcome> outcomes = new ArrayList<>();
    List<Rule.Example> positives = rule.examples().positive();
    for (int i = 0; i < positives.size(); i++) {
      Rule.Example example = positives.get(i);
      outcomes.add(new Outcome(rule, true, i + 1, example.text(), positiveProblem(rule, example)));
    }
    List<String> negatives = rule.examples().negative();
    for (int i = 0; i < negatives.size(); i++) {
      boolean found = !detectionsOf(rule, negatives.get(i)).isEmpty();
      outcomes.add(new Outcome(rule, false, i + 1, negatives.get(i),
          found ? Optional.of("was found, but a negative example must not be") : Optional.empty()));
    }
    return outcomes;
  }

  public List<Outcome> checkAll(List<Rule> rules) {
    return rules.stream().flatMap(rule -> check(rule).stream()).toList();
  }

  /** Throws, naming the file, the rule and the example, when any example of these rules fails. */
  public void requirePassing(String fileName, List<Rule> rules) {
    for (Outcome outcome : checkAll(rules)) {
      if (!outcome.passed()) {
        throw new RuleFileException(fileName + ": " + outcome.describe() + " " + outcome.problem().orElseThrow()
            + " (run 'overscope rules test " + fileName + "' to see every example)");
      }
    }
  }

  private Optional<String> positiveProblem(Rule rule, Rule.Example example) {
    List<Detection> found = detectionsOf(rule, example.text());
    if (found.isEmpty()) {
      return Optional.of("was not found");
    }
    if (example.secret().isPresent() && found.stream().noneMatch(d -> d.secret().equals(example.secret().get()))) {
      return Optional.of("was found, but not with the 'secret' it names");
    }
    if (example.scope().isPresent() && found.get(0).verdict().scope() != example.scope().get()) {
      return Optional.of("was found with scope '" + found.get(0).verdict().scope().label() + "', not '"
          + example.scope().get().label() + "'");
    }
    if (found.get(0).verdict().evidence().isBlank()) {
      return Optional.of("was found without scope evidence");
    }
    return Optional.empty();
  }

  private List<Detection> detectionsOf(Rule rule, String text) {
    return engine.scan(new ByteText(text.getBytes(StandardCharsets.UTF_8))).stream()
        .filter(detection -> detection.rule().id().equals(rule.id()))
        .toList();
  }

  static String abbreviate(String text) {
    String oneLine = text.replace('\n', ' ');
    return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
  }
}
