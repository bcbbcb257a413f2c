package dev.overscope.core.reach;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the reach of a path from every installed agent catalogue and, for working-tree files, from the surface
 * the catalogues read off the scanned root (computed on first use, once). Not thread-safe: one per assembly.
 */
public final class ReachResolver {
  private final List<AgentCatalog> catalogs;
  private final Optional<Path> root;
  private List<AgentSurface> surfaces;

  public ReachResolver(List<AgentCatalog> catalogs) {
    this(catalogs, Optional.empty());
  }

  /** A resolver that also consults what the catalogues read under {@code root} (imports, ignore files). */
  public ReachResolver(List<AgentCatalog> catalogs, Path root) {
    this(catalogs, Optional.of(root));
  }

  private ReachResolver(List<AgentCatalog> catalogs, Optional<Path> root) {
    this.catalogs = List.copyOf(catalogs);
    this.root = root;
  }

  /**
   * Reach of a file in the working tree: the closest any agent gives it (context when one loads it into every
   * session), else workspace; with the ignore or deny coverage, which never changes the reach.
   */
  public WorkspaceReach forWorkspaceFile(String relativePath) {
    List<AgentExposure> exposures = new ArrayList<>();
    Set<String> coverage = new LinkedHashSet<>();
    for (AgentCatalog catalog : catalogs) {
      exposures.addAll(catalog.contextExposures(relativePath));
    }
    for (AgentSurface surface : surfaces()) {
      exposures.addAll(surface.exposures(relativePath));
      coverage.addAll(surface.coverage(relativePath));
    }
    Reach reach = Reach.WORKSPACE;
    for (AgentExposure exposure : exposures) {
      reach = Reach.closest(reach, exposure.reach());
    }
    // The exposures that decide the reach come first: reports quote the first one as the reason.
    List<AgentExposure> ordered = new ArrayList<>(new LinkedHashSet<>(exposures));
    ordered.sort(java.util.Comparator.comparing(AgentExposure::reach));
    return new WorkspaceReach(reach, ordered, List.copyOf(coverage));
  }

  /** Reach of a file in the user's home directory ({@code ~/...}): home, with the agents that read it. */
  public WorkspaceReach forHomeFile(String homePath) {
    List<AgentExposure> exposures = new ArrayList<>();
    for (AgentCatalog catalog : catalogs) {
      exposures.addAll(catalog.homeExposures(homePath));
    }
    return new WorkspaceReach(Reach.HOME, List.copyOf(exposures), List.of());
  }

  private List<AgentSurface> surfaces() {
    if (surfaces == null) {
      List<AgentSurface> read = new ArrayList<>();
      if (root.isPresent()) {
        for (AgentCatalog catalog : catalogs) {
          try {
            read.add(catalog.surface(root.get()));
          } catch (RuntimeException e) {
            // A catalogue that cannot read the tree adds nothing; the path-based reach still holds.
            read.add(AgentSurface.none());
          }
        }
      }
      surfaces = List.copyOf(read);
    }
    return surfaces;
  }

  /**
   * The reach of one path, the agents behind it, and what ignore or deny files say about it.
   *
   * @param coverage one sentence per ignore or deny rule covering the path; never a discount
   */
  public record WorkspaceReach(Reach reach, List<AgentExposure> exposures, List<String> coverage) {
    public WorkspaceReach {
      exposures = List.copyOf(exposures);
      coverage = List.copyOf(coverage);
    }
  }
}
