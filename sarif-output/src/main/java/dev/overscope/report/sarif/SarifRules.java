package dev.overscope.report.sarif;

import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import dev.overscope.core.reach.Reach;
import dev.overscope.core.rule.Rule;
import dev.overscope.report.Wording;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** One SARIF rule descriptor per Overscope rule: what it is, its blast radius, how to rotate it. */
final class SarifRules {
  private SarifRules() {}

  static ReportingDescriptor descriptor(Rule rule) {
    String title = rule.provider() + " " + rule.kind();
    String text = rule.description() + "\n\nBlast radius: " + rule.scope().scope().label() + " — "
        + rule.scope().evidence() + ".\n\nWhat to do: " + rule.remediation()
        + "\n\nKeep credentials out of files coding agents read: instruction files (AGENTS.md, CLAUDE.md…), MCP"
        + " configurations and any file in the working tree, git-ignored ones included.";
    String markdown = "**" + title + "**\n\n" + rule.description() + "\n\n**Blast radius:** `"
        + rule.scope().scope().label() + "` — " + rule.scope().evidence() + ".\n\n**What to do:** "
        + rule.remediation() + "\n\n" + references(rule.references());
    PropertyBag properties = new PropertyBag()
        .withTags(new LinkedHashSet<>(List.of("security", "secret", tag(rule.provider()), "external/cwe/cwe-798")));
    properties.setAdditionalProperty("security-severity",
        String.valueOf(Wording.securitySeverity(rule.scope().scope(), Reach.WORKSPACE)));
    properties.setAdditionalProperty("provider", rule.provider());
    properties.setAdditionalProperty("scope", rule.scope().scope().label());
    return new ReportingDescriptor()
        .withId(rule.id())
        .withName(camel(rule.id()))
        .withShortDescription(new MultiformatMessageString().withText(title))
        .withFullDescription(new MultiformatMessageString().withText(rule.description()))
        .withHelp(new MultiformatMessageString().withText(text).withMarkdown(markdown))
        .withHelpUri(java.net.URI.create(SarifReportWriter.INFORMATION_URI + "/blob/main/docs/rules.md#" + rule.id()))
        .withDefaultConfiguration(new ReportingConfiguration().withLevel(ReportingConfiguration.Level.ERROR))
        .withProperties(properties);
  }

  private static String references(List<String> references) {
    StringBuilder out = new StringBuilder();
    for (String reference : references) {
      out.append("- ").append(reference).append('\n');
    }
    return out.toString();
  }

  private static String tag(String provider) {
    return provider.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
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
