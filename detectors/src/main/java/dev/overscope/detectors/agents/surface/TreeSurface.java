package dev.overscope.detectors.agents.surface;

import dev.overscope.core.reach.AgentExposure;
import dev.overscope.core.reach.AgentSurface;
import dev.overscope.core.reach.Reach;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the agents make of one tree: the files each loads (by path, by import, by {@code envFile}), the MCP
 * configurations in it, and the ignore or deny files with what they cover. Computed once per scan by
 * {@link SurfaceReader}.
 */
public record TreeSurface(
    List<ContextFile> contextFiles,
    Map<String, List<AgentExposure>> pulledIn,
    List<IgnoreCoverage> ignores,
    List<String> mcpConfigs) implements AgentSurface {

  public TreeSurface {
    contextFiles = List.copyOf(contextFiles);
    pulledIn = Map.copyOf(pulledIn);
    ignores = List.copyOf(ignores);
    mcpConfigs = List.copyOf(mcpConfigs);
  }

  @Override
  public List<AgentExposure> exposures(String relativePath) {
    return pulledIn.getOrDefault(relativePath, List.of());
  }

  @Override
  public List<String> coverage(String relativePath) {
    List<String> sentences = new ArrayList<>();
    for (IgnoreCoverage ignore : ignores) {
      if (ignore.rules().covers(relativePath)) {
        sentences.add(ignore.sentence());
      }
    }
    return sentences;
  }

  /** A file an agent loads, how close that brings it (context, or workspace for its environment), and why. */
  public record ContextFile(String agent, String path, Reach reach, String reason) {}

  /** One agent's ignore or deny file, what it hides the covered paths from, and what still reads them. */
  public record IgnoreCoverage(String agent, String file, IgnoreRules rules, String stops, String misses) {

    /** "hidden from Cursor's file tools … by .cursorignore; still readable through its terminal and MCP tools". */
    public String sentence() {
      return "hidden from " + agent + "'s " + stops + " by " + file + "; still readable through " + misses;
    }

    public List<String> patterns() {
      return rules.patterns();
    }
  }
}
