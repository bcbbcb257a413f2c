package dev.overscope.detectors.agents.surface;

import dev.overscope.core.reach.AgentExposure;
import dev.overscope.core.reach.Reach;
import dev.overscope.core.config.Glob;
import dev.overscope.detectors.agents.AgentProfile;
import dev.overscope.detectors.agents.mcp.ConfigDocument;
import dev.overscope.detectors.agents.mcp.McpConfigFiles;
import dev.overscope.detectors.agents.mcp.McpServer;
import dev.overscope.detectors.agents.mcp.McpServerReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads a tree once for its agent surface: lists file names (never reading content, except of the few agent files
 * below), then resolves {@code @path} imports of instruction files (recursively, at most 5 levels), {@code envFile}
 * of MCP servers, Aider's {@code read:} list, and parses every agent ignore or deny file.
 */
public final class SurfaceReader {
  static final int MAX_IMPORT_DEPTH = 5;
  private static final int MAX_FILES = 500_000;
  private static final int MAX_AGENT_FILE = 1 << 20;
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules");

  private final List<AgentProfile> profiles;
  private final Function<String, List<AgentExposure>> pathExposures;
  private final McpConfigFiles mcpFiles;
  private final Predicate<String> agentFile;

  /**
   * @param agentFile a cheap test every agent file passes (dot-files, dot-directories, names the catalogue spells
   *     out), so globs run on a handful of paths rather than on the whole tree
   */
  public SurfaceReader(List<AgentProfile> profiles, Function<String, List<AgentExposure>> pathExposures,
      McpConfigFiles mcpFiles, Predicate<String> agentFile) {
    this.profiles = List.copyOf(profiles);
    this.pathExposures = pathExposures;
    this.mcpFiles = mcpFiles;
    this.agentFile = agentFile;
  }

  public TreeSurface read(Path rootPath) {
    return read(rootPath, null);
  }

  /**
   * As {@link #read(Path)}, from the files a scan already listed under the root (relative, with '/') instead of a
   * walk of its own; folders the walk would skip ({@code node_modules}) are skipped here too.
   */
  public TreeSurface read(Path rootPath, List<String> listed) {
    Path root = rootPath.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      return new TreeSurface(List.of(), Map.of(), List.of(), List.of());
    }
    List<String> candidates = listed == null ? listFiles(root) : listed.stream()
        .filter(file -> SKIPPED_DIRECTORIES.stream().noneMatch(skipped -> ("/" + file).contains("/" + skipped + "/")))
        .sorted().limit(MAX_FILES).toList();
    List<String> files = candidates.stream().filter(agentFile).toList();
    List<TreeSurface.ContextFile> contextFiles = new ArrayList<>();
    List<String> mcpConfigs = new ArrayList<>();
    for (String file : files) {
      for (AgentExposure exposure : pathExposures.apply(file)) {
        contextFiles.add(new TreeSurface.ContextFile(exposure.agent(), file, exposure.reach(), exposure.reason()));
      }
      if (mcpFiles.isConfig(file)) {
        mcpConfigs.add(file);
      }
    }
    Map<String, List<AgentExposure>> pulledIn = new LinkedHashMap<>();
    resolveImports(root, files, pulledIn);
    resolveEnvFiles(root, mcpConfigs, pulledIn);
    resolveAiderReads(root, pulledIn);
    for (Map.Entry<String, List<AgentExposure>> entry : pulledIn.entrySet()) {
      for (AgentExposure exposure : entry.getValue()) {
        contextFiles.add(
            new TreeSurface.ContextFile(exposure.agent(), entry.getKey(), exposure.reach(), exposure.reason()));
      }
    }
    return new TreeSurface(onlyFirstWhereFirstWins(contextFiles), pulledIn, readIgnores(root, files), mcpConfigs);
  }

  /** For entries where the agent loads only the first existing file (Zed's rules), drops the others. */
  private List<TreeSurface.ContextFile> onlyFirstWhereFirstWins(List<TreeSurface.ContextFile> contextFiles) {
    List<TreeSurface.ContextFile> kept = new ArrayList<>(contextFiles);
    for (AgentProfile profile : profiles) {
      for (AgentProfile.FileEntry entry : profile.instructions()) {
        if (!entry.first()) {
          continue;
        }
        Optional<String> winner = entry.paths().stream()
            .filter(path -> contextFiles.stream().anyMatch(file -> file.agent().equals(profile.agent())
                && file.reason().equals(entry.reason()) && file.path().equals(path)))
            .findFirst();
        kept.removeIf(file -> file.agent().equals(profile.agent()) && file.reason().equals(entry.reason())
            && winner.isPresent() && !file.path().equals(winner.get()));
      }
    }
    return kept;
  }

  private void resolveImports(Path root, List<String> files, Map<String, List<AgentExposure>> pulledIn) {
    for (AgentProfile profile : profiles) {
      for (AgentProfile.FileEntry entry : profile.instructions()) {
        if (!entry.imports()) {
          continue;
        }
        List<Glob> globs = entry.paths().stream().map(Glob::compile).toList();
        for (String file : files) {
          if (globs.stream().anyMatch(glob -> glob.matches(file))) {
            followImports(root, profile.agent(), file, file, 1, pulledIn);
          }
        }
      }
    }
  }

  private void followImports(Path root, String agent, String origin, String file, int depth,
      Map<String, List<AgentExposure>> pulledIn) {
    if (depth > MAX_IMPORT_DEPTH) {
      return;
    }
    Optional<String> text = readSmall(root.resolve(file));
    if (text.isEmpty()) {
      return;
    }
    for (String target : ImportParser.imports(text.get())) {
      if (target.startsWith("~")) {
        continue;
      }
      Optional<String> resolved = inside(root, parentOf(root.resolve(file)).resolve(target));
      if (resolved.isEmpty() || resolved.get().equals(file)) {
        continue;
      }
      String via = depth == 1 ? "" : " (via " + file + ", " + depth + " imports deep)";
      String reason = agent + " imports " + resolved.get() + " into context through @" + target + " in " + origin
          + via + ", so it is loaded wherever " + origin + " is";
      if (add(pulledIn, resolved.get(), new AgentExposure(agent, Reach.CONTEXT, reason))
          && resolved.get().endsWith(".md")) {
        followImports(root, agent, origin, resolved.get(), depth + 1, pulledIn);
      }
    }
  }

  private void resolveEnvFiles(Path root, List<String> mcpConfigs, Map<String, List<AgentExposure>> pulledIn) {
    for (String config : mcpConfigs) {
      Optional<McpConfigFiles.Known> known = mcpFiles.find(config);
      Optional<byte[]> bytes = readBytes(root.resolve(config));
      if (known.isEmpty() || bytes.isEmpty()) {
        continue;
      }
      Optional<ConfigDocument> document = ConfigDocument.parse(bytes.get(), known.get().format());
      if (document.isEmpty()) {
        continue;
      }
      for (McpServer server : McpServerReader.servers(document.get())) {
        for (String envFile : server.envFiles()) {
          String expanded = envFile.replace("${workspaceFolder}", ".").replace("${workspaceRoot}", ".");
          if (expanded.contains("${") || expanded.startsWith("~")) {
            continue;
          }
          inside(root, root.resolve(expanded)).ifPresent(path -> add(pulledIn, path,
              new AgentExposure(known.get().agent(), Reach.CONTEXT, known.get().agent() + " hands every value in "
                  + path + " to the MCP server '" + server.name() + "' through envFile in " + config)));
        }
      }
    }
  }

  private void resolveAiderReads(Path root, Map<String, List<AgentExposure>> pulledIn) {
    Optional<byte[]> bytes = readBytes(root.resolve(".aider.conf.yml"));
    if (bytes.isEmpty()) {
      return;
    }
    ConfigDocument.parse(bytes.get(), "yaml").ifPresent(document -> {
      var read = document.root().path("read");
      List<String> named = new ArrayList<>();
      if (read.isTextual()) {
        named.add(read.asText());
      }
      read.forEach(item -> named.add(item.asText()));
      for (String name : named) {
        inside(root, root.resolve(name)).ifPresent(path -> add(pulledIn, path, new AgentExposure("Aider",
            Reach.CONTEXT, "Aider adds " + path + " to every chat through read: in .aider.conf.yml")));
      }
    });
  }

  private List<TreeSurface.IgnoreCoverage> readIgnores(Path root, List<String> files) {
    List<TreeSurface.IgnoreCoverage> ignores = new ArrayList<>();
    for (AgentProfile profile : profiles) {
      for (AgentProfile.IgnoreEntry entry : profile.ignore()) {
        for (String file : files) {
          boolean matches = entry.syntax().startsWith("claude-")
              ? file.equals(entry.file())
              : file.equals(entry.file()) || file.endsWith("/" + entry.file());
          if (!matches) {
            continue;
          }
          Optional<IgnoreRules> rules = rulesOf(root, file, entry.syntax());
          rules.ifPresent(value -> ignores.add(new TreeSurface.IgnoreCoverage(
              profile.agent(), file, value, entry.stops(), entry.misses())));
        }
      }
    }
    return ignores;
  }

  private Optional<IgnoreRules> rulesOf(Path root, String file, String syntax) {
    if (syntax.startsWith("claude-")) {
      return readBytes(root.resolve(file))
          .flatMap(bytes -> ConfigDocument.parse(bytes, "jsonc"))
          .map(document -> "claude-sandbox".equals(syntax)
              ? ClaudeDenyRules.sandboxDenials(document.root())
              : ClaudeDenyRules.readDenials(document.root()))
          .filter(lines -> !lines.isEmpty())
          .map(lines -> IgnoreRules.of("", lines));
    }
    String directory = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
    return readSmall(root.resolve(file)).map(text -> {
      List<String> written = text.lines().map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
      // An empty .aiexclude blocks everything in its directory and below; it knows no negation.
      if (written.isEmpty() && "aiexclude".equals(syntax)) {
        return IgnoreRules.of(directory, List.of("*"));
      }
      return IgnoreRules.of(directory, written.stream()
          .filter(line -> !"aiexclude".equals(syntax) || !line.startsWith("!"))
          .toList());
    }).filter(rules -> !rules.patterns().isEmpty());
  }

  private static boolean add(Map<String, List<AgentExposure>> pulledIn, String path, AgentExposure exposure) {
    List<AgentExposure> list = pulledIn.computeIfAbsent(path, key -> new ArrayList<>());
    boolean fresh = list.stream().noneMatch(known -> known.agent().equals(exposure.agent()));
    if (fresh) {
      list.add(exposure);
    }
    return fresh;
  }

  private static Path parentOf(Path file) {
    Path parent = file.getParent();
    return parent == null ? file : parent;
  }

  /** The path relative to root with forward slashes, if it stays inside root and is a regular file. */
  private static Optional<String> inside(Path root, Path candidate) {
    Path normalized = candidate.toAbsolutePath().normalize();
    if (!normalized.startsWith(root) || normalized.equals(root) || !Files.isRegularFile(normalized)) {
      return Optional.empty();
    }
    return Optional.of(root.relativize(normalized).toString().replace('\\', '/'));
  }

  private static Optional<String> readSmall(Path file) {
    return readBytes(file).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
  }

  private static Optional<byte[]> readBytes(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Optional.of(in.readNBytes(MAX_AGENT_FILE));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static List<String> listFiles(Path root) {
    List<String> files = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile()) {
            files.add(root.relativize(file).toString().replace('\\', '/'));
          }
          return files.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // What was listed before the failure still counts; the scan itself reports unreadable paths.
    }
    return files;
  }
}
