package dev.overscope.detectors.agents.map;

import dev.overscope.core.engine.ByteText;
import dev.overscope.core.engine.Engine;
import dev.overscope.core.finding.Redactor;
import dev.overscope.detectors.agents.AgentProfile;
import dev.overscope.detectors.agents.AgentProfiles;
import dev.overscope.detectors.agents.BuiltinAgentCatalog;
import dev.overscope.detectors.agents.mcp.ConfigDocument;
import dev.overscope.detectors.agents.mcp.LiteralCredentials;
import dev.overscope.detectors.agents.mcp.McpConfigFiles;
import dev.overscope.detectors.agents.mcp.McpServer;
import dev.overscope.detectors.agents.mcp.McpServerReader;
import dev.overscope.detectors.agents.surface.TreeSurface;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link AgentMap} of a tree from the agent surface (one pass over file names, then the agent files
 * only) and the MCP configurations, whose literals are run through the given engine's rule catalogue.
 */
public final class AgentMapBuilder {
  private static final int MAX_CONFIG = 1 << 20;

  private final BuiltinAgentCatalog catalog;
  private final McpConfigFiles mcpFiles;
  private final Engine engine;

  public AgentMapBuilder(Engine engine) {
    this(new BuiltinAgentCatalog(), McpConfigFiles.builtin(), engine);
  }

  AgentMapBuilder(BuiltinAgentCatalog catalog, McpConfigFiles mcpFiles, Engine engine) {
    this.catalog = catalog;
    this.mcpFiles = mcpFiles;
    this.engine = engine;
  }

  public AgentMap build(Path rootPath) {
    Path root = rootPath.toAbsolutePath().normalize();
    TreeSurface surface = catalog.surface(root);
    Map<String, List<AgentMap.Server>> serversByConfig = new LinkedHashMap<>();
    for (String config : surface.mcpConfigs()) {
      serversByConfig.put(config, servers(root, config));
    }
    List<AgentMap.AgentView> views = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (AgentProfile profile : AgentProfiles.builtin()) {
      String agent = profile.agent();
      List<AgentMap.LoadedFile> files = surface.contextFiles().stream()
          .filter(file -> file.agent().equals(agent))
          .map(file -> new AgentMap.LoadedFile(file.path(), file.reach(), file.reason()))
          .distinct()
          .sorted(java.util.Comparator.comparing(AgentMap.LoadedFile::reach)
              .thenComparingInt(file -> file.path().split("/").length)
              .thenComparing(AgentMap.LoadedFile::path))
          .toList();
      List<AgentMap.Server> servers = new ArrayList<>();
      serversByConfig.forEach((config, list) -> {
        if (mcpFiles.readersOf(config).stream().anyMatch(known -> known.agent().equals(agent))) {
          servers.addAll(list);
        }
      });
      List<AgentMap.Ignore> ignores = surface.ignores().stream()
          .filter(ignore -> ignore.agent().equals(agent))
          .map(ignore -> new AgentMap.Ignore(ignore.file(), ignore.patterns(), ignore.stops(), ignore.misses()))
          .toList();
      if (files.isEmpty() && servers.isEmpty() && ignores.isEmpty()) {
        absent.add(agent);
      } else {
        views.add(new AgentMap.AgentView(agent, files, servers, ignores));
      }
    }
    return new AgentMap(root, views, absent);
  }

  private List<AgentMap.Server> servers(Path root, String config) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(root.resolve(config))) {
      bytes = in.readNBytes(MAX_CONFIG);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    String format = mcpFiles.find(config).map(McpConfigFiles.Known::format).orElse("jsonc");
    ByteText text = new ByteText(bytes);
    return ConfigDocument.parse(bytes, format).map(document -> {
      List<McpServer> servers = McpServerReader.servers(document);
      List<LiteralCredentials.Found> found = LiteralCredentials.find(servers, document, text, engine);
      List<AgentMap.Server> views = new ArrayList<>();
      for (McpServer server : servers) {
        List<AgentMap.Literal> literals = found.stream()
            .filter(literal -> literal.server() == server)
            .map(literal -> new AgentMap.Literal(literal.value().field(), literal.detection().span().startLine(),
                literal.detection().rule().id(), literal.detection().verdict().scope(),
                Redactor.redact(literal.detection().secret(), literal.detection().rule().keywords())))
            .toList();
        views.add(new AgentMap.Server(config, server.name(), server.launch(), literals, server.references(),
            server.envFiles()));
      }
      return views;
    }).orElse(List.of());
  }
}
