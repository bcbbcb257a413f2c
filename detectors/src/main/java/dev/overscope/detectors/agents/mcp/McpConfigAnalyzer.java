package dev.overscope.detectors.agents.mcp;

import dev.overscope.core.engine.Detection;
import dev.overscope.core.engine.SourceAnalyzer;
import dev.overscope.core.rule.Rule;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Parses MCP configurations and agent settings (JSON, JSONC, TOML, YAML), in the tree and in the home directory,
 * and reports the literal credentials in their servers' env, headers, args and URLs. References such as
 * {@code ${VAR}} are not secrets and are never reported.
 */
public final class McpConfigAnalyzer implements SourceAnalyzer {
  private final McpConfigFiles files;

  public McpConfigAnalyzer() {
    this(McpConfigFiles.builtin());
  }

  McpConfigAnalyzer(McpConfigFiles files) {
    this.files = files;
  }

  @Override
  public boolean appliesTo(String path) {
    return files.isConfig(path);
  }

  @Override
  public List<Detection> analyze(AnalysisInput input) {
    String format = files.find(input.path()).map(McpConfigFiles.Known::format).orElse("jsonc");
    byte[] bytes = input.text().toString().getBytes(StandardCharsets.UTF_8);
    return ConfigDocument.parse(bytes, format)
        .map(document -> LiteralCredentials.find(McpServerReader.servers(document), document, input.text(),
                input.engine()).stream()
            .map(LiteralCredentials.Found::detection)
            .toList())
        .orElse(List.of());
  }

  @Override
  public List<Rule> rules() {
    return List.of(LiteralCredentials.RULE);
  }
}
