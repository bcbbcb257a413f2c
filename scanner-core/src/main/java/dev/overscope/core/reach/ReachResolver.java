package dev.overscope.core.reach;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides the reach of a path from every installed agent catalogue and, for working-tree files, from the surface
 * the catalogues read off the scanned root (computed on first use, once). When the configuration names the agents a
 * team uses, only their exposures count. Not thread-safe: one per assembly.
 */
public final class ReachResolver {
  private final List<AgentCatalog> catalogs;
  private final Set<String> agents;
  private final Optional<Path> root;
  /** Every file the scan read under the root, when it walked all of it; empty to let catalogues walk it. */
  private final Optional<List<String>> listedFiles;
  private List<AgentSurface> surfaces;

  public ReachResolver(List<AgentCatalog> catalogs) {
    this(catalogs, List.of());
  }

  /**
   * @param agents the agent names that count ("Claude Code" or "claude-code"); empty means every agent
   */
  public ReachResolver(List<AgentCatalog> catalogs, List<String> agents) {
    this(catalogs, agents, Optional.empty(), Optional.empty());
  }

  /** A resolver that also consults what the catalogues read under {@code root} (imports, ignore files). */
  public ReachResolver(List<AgentCatalog> catalogs, List<String> agents, Path root) {
    this(catalogs, agents, Optional.of(root), Optional.empty());
  }

  /**
   * As above, handing the catalogues the files the scan already read under {@code root}, so that they do not walk
   * it a second time.
   */
  public ReachResolver(List<AgentCatalog> catalogs, List<String> agents, Path root, List<String> listedFiles) {
    this(catalogs, agents, Optional.of(root), Optional.of(List.copyOf(listedFiles)));
  }

  private ReachResolver(List<AgentCatalog> catalogs, List<String> agents, Optional<Path> root,
      Optional<List<String>> listedFiles) {
    this.catalogs = List.copyOf(catalogs);
    this.agents = agents.stream().map(ReachResolver::normalise).collect(Collectors.toUnmodifiableSet());
    this.root = root;
    this.listedFiles = listedFiles;
  }

  /** An agent's name as configurations may write it: lower case, words joined by '-'. */
  public static String normalise(String agent) {
    return agent.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /**
   * Reach of a file in the working tree: the closest any counted agent gives it (context when one loads it into
   * every session), else workspace; with the ignore or deny coverage, which never changes the reach.
   */
  public WorkspaceReach forWorkspaceFile(String relativePath) {
    List<AgentExposure> exposures = new ArrayList<>();
    Set<String> coverage = new LinkedHashSet<>();
    for (AgentCatalog catalog : catalogs) {
      exposures.addAll(counted(catalog.contextExposures(relativePath)));
    }
    for (AgentSurface surface : surfaces()) {
      exposures.addAll(counted(surface.exposures(relativePath)));
      coverage.addAll(surface.coverage(relativePath));
    }
    Reach reach = Reach.WORKSPACE;
    for (AgentExposure exposure : exposures) {
      reach = Reach.closest(reach, exposure.reach());
    }
    // The exposures that decide the reach come first: reports quote the first one as the reason.
    List<AgentExposure> ordered = new ArrayList<>(new LinkedHashSet<>(exposures));
    ordered.sort(Comparator.comparing(AgentExposure::reach));
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

  private List<AgentExposure> counted(List<AgentExposure> exposures) {
    if (agents.isEmpty()) {
      return exposures;
    }
    return exposures.stream().filter(exposure -> agents.contains(normalise(exposure.agent()))).toList();
  }

  private List<AgentSurface> surfaces() {
    if (surfaces == null) {
      List<AgentSurface> read = new ArrayList<>();
      if (root.isPresent()) {
        for (AgentCatalog catalog : catalogs) {
          try {
            read.add(listedFiles.isPresent() ? catalog.surface(root.get(), listedFiles.get())
                : catalog.surface(root.get()));
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
