package dev.overscope.detectors.rules;

import dev.overscope.core.rule.Rule;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Renders the rule catalogue as the Markdown reference in {@code docs/rules.md}. */
public final class RuleReference {
  private RuleReference() {}

  public static String markdown(List<Rule> rules) {
    Map<String, List<Rule>> byProvider = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Rule rule : rules) {
      byProvider.computeIfAbsent(rule.provider(), key -> new java.util.ArrayList<>()).add(rule);
    }
    StringBuilder out = new StringBuilder();
    out.append("# Rule reference\n\n")
        .append("Generated from the rule catalogue (`detectors/src/main/resources/dev/overscope/detectors/rules/`);")
        .append(" do not edit by hand. Regenerate with\n`mvn -pl docs -am test -Doverscope.updateDocs=true`.\n\n")
        .append(rules.size()).append(" rules for ").append(byProvider.size()).append(" providers.\n\n")
        .append("| Provider | Rule | Kind | Default scope |\n|---|---|---|---|\n");
    byProvider.forEach((provider, list) -> list.forEach(rule -> out.append("| ").append(provider).append(" | [`")
        .append(rule.id()).append("`](#").append(rule.id()).append(") | ").append(rule.kind()).append(" | ")
        .append(rule.scope().scope().label()).append(" |\n")));
    byProvider.forEach((provider, list) -> {
      out.append("\n## ").append(provider).append('\n');
      for (Rule rule : list) {
        out.append("\n### ").append(rule.id()).append("\n\n")
            .append("**").append(rule.kind()).append("**. ").append(rule.description()).append("\n\n")
            .append("- Default scope: `").append(rule.scope().scope().label()).append("` — ")
            .append(rule.scope().evidence()).append('\n')
            .append("- Keywords: ").append(rule.keywords().stream().map(k -> "`" + k + "`")
                .collect(Collectors.joining(", "))).append('\n');
        if (!rule.classifiers().isEmpty() || !rule.validators().isEmpty()) {
          out.append("- Checks: ").append(java.util.stream.Stream.concat(
                  rule.validators().stream().map(v -> v.name()), rule.classifiers().stream().map(c -> c.name()))
              .collect(Collectors.joining(", "))).append('\n');
        }
        out.append("- What to do: ").append(rule.remediation()).append('\n');
        if (!rule.references().isEmpty()) {
          out.append("- References: ").append(String.join(", ", rule.references())).append('\n');
        }
      }
    });
    return out.toString();
  }
}
