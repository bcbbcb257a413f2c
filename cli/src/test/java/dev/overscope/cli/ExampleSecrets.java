package dev.overscope.cli;

import dev.overscope.core.engine.ByteText;
import dev.overscope.core.engine.Detection;
import dev.overscope.core.engine.Engine;
import dev.overscope.core.engine.KeywordAutomaton;
import dev.overscope.core.rule.Rule;
import dev.overscope.detectors.rules.BuiltinRules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every built-in rule's positive examples (the YAML catalogue's own, fabricated for the purpose), each with the
 * secrets the engine extracts from it: the strings no report may ever print in full.
 */
record ExampleSecrets(List<String> texts, List<Secret> secrets, KeywordAutomaton finder) {
  /**
   * Secrets shorter than this are left out: a short value (a 6-digit PIN) may appear in a report by chance. (Every
   * example secret is ASCII; one that is not would be left out too, and the count check would notice.)
   */
  static final int MIN_LENGTH = 8;

  /** One secret and the rule whose example holds it, to name a leak without printing it. */
  record Secret(String ruleId, String value) {}

  static ExampleSecrets ofBuiltinRules() {
    BuiltinRules catalogue = new BuiltinRules();
    Engine engine = new Engine(catalogue.rules(), catalogue.globalFilters());
    List<String> texts = new ArrayList<>();
    Set<Secret> secrets = new LinkedHashSet<>();
    for (Rule rule : catalogue.rules()) {
      for (Rule.Example example : rule.examples().positive()) {
        texts.add(example.text());
        List<String> found = new ArrayList<>();
        example.secret().ifPresent(found::add);
        for (Detection detection : engine.scan(new ByteText(example.text().getBytes(StandardCharsets.UTF_8)))) {
          if (detection.rule().id().equals(rule.id())) {
            found.add(detection.secret());
          }
        }
        found.stream().filter(secret -> secret.length() >= MIN_LENGTH && secret.chars().allMatch(c -> c < 128))
            .forEach(secret -> secrets.add(new Secret(rule.id(), secret)));
      }
    }
    List<Secret> all = List.copyOf(secrets);
    // One pass per text over every secret at once: hundreds of indexOf calls per report would take minutes.
    return new ExampleSecrets(List.copyOf(texts), all,
        KeywordAutomaton.build(all.stream().map(Secret::value).toList()));
  }

  /** The secrets {@code text} holds in full. */
  Set<Secret> foundIn(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Set<Secret> found = new LinkedHashSet<>();
    finder.scan(bytes, bytes.length, (index, start) -> {
      byte[] secret = secrets.get(index).value().getBytes(StandardCharsets.UTF_8);
      if (Arrays.equals(bytes, start, start + secret.length, secret, 0, secret.length)) {
        found.add(secrets.get(index));
      }
    });
    return found;
  }

  /** The rules whose secret {@code text} holds in full, with where, never the secret: empty when nothing leaked. */
  List<String> leaksIn(String where, String text) {
    return foundIn(text).stream().map(secret -> secret.ruleId() + " in " + where).distinct().toList();
  }
}
