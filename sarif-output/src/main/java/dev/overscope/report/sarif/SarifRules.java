package dev.overscope.report.sarif;

import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import dev.overscope.core.policy.Policy;
import dev.overscope.core.reach.Reach;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.scope.Scope;
import dev.overscope.report.SecuritySeverity;
import dev.overscope.report.Wording;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * One SARIF rule descriptor per Overscope rule that reported: what the credential is, its blast radius, how to
 * rotate and scope it down, how to keep it out of agents' reach, and where the rule reference explains it.
 */
final class SarifRules {
  static final String RULES_DOC = SarifReportWriter.INFORMATION_URI + "/blob/main/docs/rules.md#";

  private static final String AGENTS_TEXT = "Keep credentials out of what coding agents read. Agents load"
      + " instruction files (AGENTS.md, CLAUDE.md, .cursor/rules, .github/copilot-instructions.md) and MCP"
      + " configurations into every session, and read any file in the working tree, git-ignored ones such as .env"
      + " included; ignore files (.cursorignore, .aiexclude) only steer their built-in tools, not their shell. Keep"
      + " the secret in a secret manager or the CI's secret store and hand agents short-lived, narrowly scoped"
      + " credentials.";

  private SarifRules() {}

  /**
   * @param securitySeverity the score GitHub ranks this rule's alerts by: the highest among the findings it
   *     reported in this run (see {@code docs/reports.md})
   */
  static ReportingDescriptor descriptor(Rule rule, double securitySeverity, Policy policy) {
    String title = rule.provider() + " " + rule.kind();
    Scope scope = rule.scope().scope();
    String blastRadius = "Blast radius: " + scope.label() + ". " + Wording.sentence(Wording.capitalise(rule.scope().evidence()));
    String scopeDown = scope == Scope.ROOT || scope == Scope.BROAD || scope == Scope.UNKNOWN
        ? " Replace it with a credential scoped to one project or environment, with only the permissions it needs."
        : "";
    String text = Wording.sentence(rule.description()) + "\n\n" + blastRadius + "\n\nRotate: "
        + Wording.sentence(rule.remediation()) + scopeDown + "\n\n" + AGENTS_TEXT
        + (rule.references().isEmpty() ? "" : "\n\nReferences: " + String.join(" ", rule.references()));
    String markdown = "**" + title + "**\n\n" + Wording.sentence(rule.description()) + "\n\n**Blast radius:** `"
        + scope.label() + "`. " + Wording.sentence(Wording.capitalise(rule.scope().evidence())) + "\n\n**Rotate and scope"
        + " down:** " + Wording.sentence(rule.remediation()) + scopeDown + "\n\n**Keep it out of agents' reach:** "
        + AGENTS_TEXT + "\n\n" + references(rule.references());
    PropertyBag properties = new PropertyBag()
        .withTags(new LinkedHashSet<>(List.of("security", "secret", tag(rule.provider()), "external/cwe/cwe-798")));
    properties.setAdditionalProperty("security-severity", SecuritySeverity.format(securitySeverity));
    properties.setAdditionalProperty("precision", "high");
    properties.setAdditionalProperty("provider", rule.provider());
    properties.setAdditionalProperty("scope", scope.label());
    return new ReportingDescriptor()
        .withId(rule.id())
        .withName(camel(rule.id()))
        .withShortDescription(new MultiformatMessageString().withText(Wording.sentence(title)))
        .withFullDescription(new MultiformatMessageString().withText(Wording.sentence(rule.description())))
        .withHelp(new MultiformatMessageString().withText(text).withMarkdown(markdown.strip()))
        .withHelpUri(URI.create(RULES_DOC + rule.id()))
        .withDefaultConfiguration(new ReportingConfiguration().withLevel(level(policy, rule)))
        .withProperties(properties);
  }

  /** The level the policy gives the rule's default verdict for a file in the working tree. */
  private static ReportingConfiguration.Level level(Policy policy, Rule rule) {
    return switch (policy.severity(rule.scope(), Reach.WORKSPACE)) {
      case ERROR -> ReportingConfiguration.Level.ERROR;
      case WARNING -> ReportingConfiguration.Level.WARNING;
      case NOTE -> ReportingConfiguration.Level.NOTE;
    };
  }

  private static String references(List<String> references) {
    if (references.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("**References:**\n\n");
    for (String reference : references) {
      out.append("- <").append(reference).append(">\n");
    }
    return out.toString();
  }

  static String tag(String provider) {
    return provider.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static String camel(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }
}
