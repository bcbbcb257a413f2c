package dev.overscope.core.reach;

import java.util.List;

/**
 * What agents make of one scanned tree, computed once per scan from its root: files pulled into context by other
 * files (imports in instruction files, {@code envFile} in MCP configs) and the ignore or deny rules that cover a
 * path. Coverage is reported beside the reach and never lowers it.
 */
public interface AgentSurface {

  /** Exposures of {@code relativePath} that only reading the tree reveals (it is imported, or named as an env file). */
  List<AgentExposure> exposures(String relativePath);

  /** What agent ignore or deny files do about {@code relativePath}, one sentence each; empty when none covers it. */
  List<String> coverage(String relativePath);

  /** A surface that adds nothing. */
  static AgentSurface none() {
    return new AgentSurface() {
      @Override
      public List<AgentExposure> exposures(String relativePath) {
        return List.of();
      }

      @Override
      public List<String> coverage(String relativePath) {
        return List.of();
      }
    };
  }
}
