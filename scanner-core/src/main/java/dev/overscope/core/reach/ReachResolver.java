package dev.overscope.core.reach;

import java.util.ArrayList;
import java.util.List;

/** Decides the reach of a file path from every installed agent catalogue. */
public final class ReachResolver {
  private final List<AgentCatalog> catalogs;

  public ReachResolver(List<AgentCatalog> catalogs) {
    this.catalogs = List.copyOf(catalogs);
  }

  /** Reach of a file in the working tree: {@link Reach#CONTEXT} if any agent loads it, else workspace. */
  public WorkspaceReach forWorkspaceFile(String relativePath) {
    List<AgentExposure> exposures = new ArrayList<>();
    for (AgentCatalog catalog : catalogs) {
      exposures.addAll(catalog.contextExposures(relativePath));
    }
    Reach reach = exposures.isEmpty() ? Reach.WORKSPACE : Reach.CONTEXT;
    return new WorkspaceReach(reach, List.copyOf(exposures));
  }

  /** The reach of one working-tree path and the agents behind it. */
  public record WorkspaceReach(Reach reach, List<AgentExposure> exposures) {}
}
