package dev.overscope.detectors.agents.mcp;

import dev.overscope.core.config.Glob;
import dev.overscope.detectors.agents.AgentProfile;
import dev.overscope.detectors.agents.AgentProfiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which files hold MCP servers or agent settings with literal values, and in which format: the {@code mcp} and
 * {@code settings} entries of every agent file, in the tree and (written {@code ~/...}) in the home directory.
 */
public final class McpConfigFiles {
  private static final McpConfigFiles BUILTIN = new McpConfigFiles(AgentProfiles.builtin());

  private final List<Known> tree = new ArrayList<>();
  private final Map<String, Known> home = new LinkedHashMap<>();
  /**
   * The lower-case extensions of the tree globs' file names, the cheap test before any glob runs (every file of a
   * scan is asked about); empty when some glob's file name has no literal extension, and every glob must run.
   */
  private final Set<String> treeExtensions;

  McpConfigFiles(List<AgentProfile> profiles) {
    for (AgentProfile profile : profiles) {
      for (AgentProfile.McpEntry entry : profile.mcp()) {
        for (String path : entry.paths()) {
          tree.add(new Known(profile.agent(), Glob.compile(path), entry.format(), entry.reason()));
        }
      }
      for (AgentProfile.FileEntry entry : profile.settings()) {
        for (String path : entry.paths()) {
          formatOf(path).ifPresent(format ->
              tree.add(new Known(profile.agent(), Glob.compile(path), format, entry.reason())));
        }
      }
      for (AgentProfile.HomeEntry entry : profile.home()) {
        if (entry.format() != null && ("mcp".equals(entry.kind()) || "settings".equals(entry.kind()))) {
          home.putIfAbsent("~/" + entry.path(),
              new Known(profile.agent(), Glob.compile(entry.path()), entry.format(), entry.reason()));
        }
      }
    }
    this.treeExtensions = extensions(tree);
  }

  private static Set<String> extensions(List<Known> globs) {
    Set<String> extensions = new HashSet<>();
    for (Known known : globs) {
      String extension = extension(known.glob().toString());
      if (extension.isEmpty() || extension.contains("*") || extension.contains("?") || extension.contains("[")
          || extension.contains("{")) {
        return Set.of();
      }
      extensions.add(extension);
    }
    return Set.copyOf(extensions);
  }

  /** The lower-case text after the last dot of the last segment, "" when there is none. */
  private static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  public static McpConfigFiles builtin() {
    return BUILTIN;
  }


  /** The agents that read the configuration at {@code path}, with their reasons. */
  public List<Known> readersOf(String path) {
    if (path.startsWith("~/")) {
      Known known = home.get(path);
      return known == null ? List.of() : List.of(known);
    }
    if (!treeExtensions.isEmpty() && !treeExtensions.contains(extension(path))) {
      return List.of();
    }
    return tree.stream().filter(known -> known.glob.matches(path)).toList();
  }

  public Optional<Known> find(String path) {
    List<Known> readers = readersOf(path);
    return readers.isEmpty() ? Optional.empty() : Optional.of(readers.get(0));
  }

  public boolean isConfig(String path) {
    return find(path).isPresent();
  }

  /** Every home configuration path, {@code ~/...}. */
  public List<String> homePaths() {
    return List.copyOf(home.keySet());
  }

  private static Optional<String> formatOf(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Optional.of("jsonc");
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of("yaml");
    }
    if (lower.endsWith(".toml")) {
      return Optional.of("toml");
    }
    return Optional.empty();
  }

  /** One agent's way of reading a configuration file. */
  public record Known(String agent, Glob glob, String format, String reason) {}
}
