package dev.overscope.detectors.agents.mcp;

import java.util.List;

/**
 * One MCP server in a configuration file, with the values that could carry a credential.
 *
 * @param launch how it runs: the command line's program, or the URL host of a remote server
 * @param candidates values that may be literal credentials (judged by {@link LiteralJudge})
 * @param references values that name a secret kept elsewhere ({@code ${VAR}}, {@code bearer_token_env_var})
 * @param envFiles files named by {@code envFile}, whose values the server receives
 */
public record McpServer(
    String name, String launch, List<McpValue> candidates, List<String> references, List<String> envFiles) {
  public McpServer {
    candidates = List.copyOf(candidates);
    references = List.copyOf(references);
    envFiles = List.copyOf(envFiles);
  }
}
