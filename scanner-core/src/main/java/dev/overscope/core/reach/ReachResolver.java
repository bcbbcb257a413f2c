package dev.overscope.core.reach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides the reach of a file path from every installed agent catalogue. When the configuration names the agents a
 * team uses, only their exposures make a path {@link Reach#CONTEXT}.
 */
public final class ReachResolver {
  private final List<AgentCatalog> catalogs;
  private final Set<String> agents;

  public ReachResolver(List<AgentCatalog> catalogs) {
    this(catalogs, List.of());
  }

  /**
   * @param agents the agent names that count ("Claude Code" or "claude-code"); empty means every agent
   */
  public ReachResolver(List<AgentCatalog> catalogs, List<String> agents) {
    this.catalogs = List.copyOf(catalogs);
    this.agents = agents.stream().map(ReachResolver::normalise).collect(Collectors.toUnmodifiableSet());
  }

  /** An agent's name as configurations may write it: lower case, words joined by '-'. */
  public static String normalise(String agent) {
    return agent.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** Reach of a file in the working tree: {@link Reach#CONTEXT} if any counted agent loads it, else workspace. */
  public WorkspaceReach forWorkspaceFile(String relativePath) {
    List<AgentExposure> exposures = new ArrayList<>();
    for (AgentCatalog catalog : catalogs) {
      for (AgentExposure exposure : catalog.contextExposures(relativePath)) {
        if (agents.isEmpty() || agents.contains(normalise(exposure.agent()))) {
          exposures.add(exposure);
        }
      }
    }
    Reach reach = exposures.isEmpty() ? Reach.WORKSPACE : Reach.CONTEXT;
    return new WorkspaceReach(reach, List.copyOf(exposures));
  }

  /** The reach of one working-tree path and the agents behind it. */
  public record WorkspaceReach(Reach reach, List<AgentExposure> exposures) {}
}
