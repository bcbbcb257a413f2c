package dev.overscope.detectors.rules;

import dev.overscope.core.config.ConfigException;
import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.reach.ReachResolver;
import dev.overscope.core.scan.Scanner;
import dev.overscope.detectors.agents.AgentProfile;
import dev.overscope.detectors.agents.BuiltinAgentCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the {@link Scanner} a configuration asks for: installed plug-ins, plus or instead of the built-in rules the
 * team's own ({@code rules:}, {@code --rules}), with the configured agents checked against the catalogue. The CLI and
 * the Maven plugin both start here.
 */
public final class ConfiguredScanner {
  private ConfiguredScanner() {}

  public static Scanner build(OverscopeConfig config) throws ConfigException {
    return build(config, List.of());
  }

  /**
   * @param extraRules rule files or folders of them given outside the configuration ({@code --rules DIR})
   */
  public static Scanner build(OverscopeConfig config, List<Path> extraRules) throws ConfigException {
    checkAgents(config.agents());
    CustomRules custom;
    try {
      custom = CustomRules.load(config.rules(), extraRules);
    } catch (RuleFileException e) {
      throw new ConfigException("custom rules: " + e.getMessage());
    }
    Scanner.Builder builder = Scanner.builder();
    if (config.rules().keepsBuiltins()) {
      builder.withInstalledPlugins();
    } else {
      builder.withInstalledCatalogsAndAnalyzers();
    }
    if (!custom.rules().isEmpty() || !config.rules().keepsBuiltins()) {
      builder.addRuleSource(custom);
    }
    try {
      return builder.build();
    } catch (IllegalStateException e) {
      throw new ConfigException("custom rules: " + e.getMessage() + "; give a custom rule its own id");
    }
  }

  private static void checkAgents(List<String> agents) throws ConfigException {
    if (agents.isEmpty()) {
      return;
    }
    Set<String> known = new TreeSet<>();
    for (AgentProfile profile : new BuiltinAgentCatalog().profiles()) {
      known.add(ReachResolver.normalise(profile.agent()));
    }
    for (String agent : agents) {
      if (!known.contains(ReachResolver.normalise(agent))) {
        throw new ConfigException("field 'agents': unknown agent '" + agent + "' (known: "
            + String.join(", ", known) + ")");
      }
    }
  }
}
