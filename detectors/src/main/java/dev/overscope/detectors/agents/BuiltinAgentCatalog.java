package dev.overscope.detectors.agents;

import dev.overscope.core.config.Glob;
import dev.overscope.core.reach.AgentCatalog;
import dev.overscope.core.reach.AgentExposure;
import dev.overscope.core.reach.Reach;
import dev.overscope.detectors.agents.mcp.McpConfigFiles;
import dev.overscope.detectors.agents.surface.SurfaceReader;
import dev.overscope.detectors.agents.surface.TreeSurface;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The agents Overscope knows ({@link AgentProfiles}): instruction files, MCP configs and settings are context;
 * files an agent loads into its environment are workspace, with the agent named; home files carry the agents that
 * read them. The surface of a tree (imports, env files, ignore files) is read by {@link SurfaceReader}.
 */
public final class BuiltinAgentCatalog implements AgentCatalog {
  static final String FOLDER = AgentProfiles.FOLDER;
  private static final String ANY_AGENT = "any agent without a sandbox";

  private final List<AgentProfile> profiles;
  private final List<CompiledEntry> entries;
  /** File names that appear literally as the last segment of a glob: the cheap test before any glob runs. */
  private final Set<String> literalNames = new HashSet<>();

  public BuiltinAgentCatalog() {
    this(AgentProfiles.builtin());
  }

  BuiltinAgentCatalog(List<AgentProfile> profiles) {
    this.profiles = List.copyOf(profiles);
    List<CompiledEntry> compiled = new ArrayList<>();
    for (AgentProfile profile : profiles) {
      profile.instructions().forEach(entry -> compile(profile, entry.paths(), Reach.CONTEXT, entry.reason(), compiled));
      profile.mcp().forEach(entry -> compile(profile, entry.paths(), Reach.CONTEXT, entry.reason(), compiled));
      profile.settings().forEach(entry -> compile(profile, entry.paths(), Reach.CONTEXT, entry.reason(), compiled));
      profile.environment().forEach(entry ->
          compile(profile, entry.paths(), Reach.WORKSPACE, entry.reason(), compiled));
    }
    this.entries = List.copyOf(compiled);
  }

  private void compile(AgentProfile profile, List<String> paths, Reach reach, String reason,
      List<CompiledEntry> into) {
    for (String path : paths) {
      String last = path.substring(path.lastIndexOf('/') + 1);
      if (!last.contains("*") && !last.contains("?")) {
        literalNames.add(last);
      }
    }
    into.add(new CompiledEntry(profile.agent(), paths.stream().map(Glob::compile).toList(), reach, reason));
  }

  public List<AgentProfile> profiles() {
    return profiles;
  }

  @Override
  public List<AgentExposure> contextExposures(String relativePath) {
    if (!worthMatching(relativePath)) {
      return List.of();
    }
    List<AgentExposure> exposures = new ArrayList<>();
    for (CompiledEntry entry : entries) {
      boolean known = exposures.stream().anyMatch(exposure -> exposure.agent().equals(entry.agent)
          && exposure.reach() == entry.reach);
      if (!known && entry.globs.stream().anyMatch(glob -> glob.matches(relativePath))) {
        exposures.add(new AgentExposure(entry.agent, entry.reach, entry.reason));
      }
    }
    return exposures;
  }

  /** Every agent file is a dot-file, sits under a dot-directory, or has a name a glob spells out. */
  private boolean worthMatching(String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    return literalNames.contains(name) || relativePath.startsWith(".")
        || relativePath.contains("/.");
  }

  @Override
  public List<String> ignoreFileNames() {
    return profiles.stream().flatMap(profile -> profile.ignore().stream()).map(AgentProfile.IgnoreEntry::file)
        .distinct().toList();
  }

  @Override
  public TreeSurface surface(Path root) {
    return reader().read(root);
  }

  @Override
  public TreeSurface surface(Path root, List<String> files) {
    return reader().read(root, files);
  }

  private SurfaceReader reader() {
    return new SurfaceReader(profiles, this::contextExposures, McpConfigFiles.builtin(), this::worthMatching);
  }

  @Override
  public List<AgentExposure> homeExposures(String homePath) {
    List<AgentExposure> exposures = new ArrayList<>();
    for (AgentProfile profile : profiles) {
      for (AgentProfile.HomeEntry entry : profile.home()) {
        if (homePath.equals("~/" + entry.path())) {
          exposures.add(new AgentExposure(profile.agent(), Reach.HOME, entry.reason()));
        }
      }
    }
    if (exposures.isEmpty()) {
      exposures.add(new AgentExposure(ANY_AGENT, Reach.HOME, "agents run as the user, so any shell or MCP tool call "
          + "can read " + homePath + " unless a sandbox denies it"));
    }
    return exposures;
  }

  private record CompiledEntry(String agent, List<Glob> globs, Reach reach, String reason) {}
}
