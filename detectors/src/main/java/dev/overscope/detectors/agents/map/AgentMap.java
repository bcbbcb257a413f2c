package dev.overscope.detectors.agents.map;

import dev.overscope.core.reach.Reach;
import dev.overscope.core.scope.Scope;
import java.nio.file.Path;
import java.util.List;

/**
 * What every known agent would find in one tree: the files it loads, its MCP servers and whether each carries a
 * literal credential, and what its ignore or deny files cover. Built by {@link AgentMapBuilder}; printed by
 * {@link AgentMapText}.
 *
 * @param absent agents with no file of their own in the tree (they still read it through their tools)
 */
public record AgentMap(Path root, List<AgentView> agents, List<String> absent) {
  public AgentMap {
    agents = List.copyOf(agents);
    absent = List.copyOf(absent);
  }

  /** One agent and what it finds here. */
  public record AgentView(String agent, List<LoadedFile> files, List<Server> servers, List<Ignore> ignores) {
    public AgentView {
      files = List.copyOf(files);
      servers = List.copyOf(servers);
      ignores = List.copyOf(ignores);
    }

    public boolean carriesLiteralCredentials() {
      return servers.stream().anyMatch(server -> !server.literals().isEmpty());
    }
  }

  /** A file the agent loads: into context (every session) or into its environment (workspace). */
  public record LoadedFile(String path, Reach reach, String reason) {
    /** The reach as reports write it ({@code context}, {@code workspace}). */
    @com.fasterxml.jackson.annotation.JsonGetter("reach")
    public String reachLabel() {
      return reach.label();
    }
  }

  /** One MCP server (or a settings env block) and the literal credentials in it. */
  public record Server(String config, String name, String launch, List<Literal> literals, List<String> references,
      List<String> envFiles) {
    public Server {
      literals = List.copyOf(literals);
      references = List.copyOf(references);
      envFiles = List.copyOf(envFiles);
    }
  }

  /** A literal credential: where, what the catalogue calls it, how much power, and the redacted value. */
  public record Literal(String field, int line, String rule, Scope scope, String redacted) {
    /** The scope as reports write it ({@code root}, {@code broad}). */
    @com.fasterxml.jackson.annotation.JsonGetter("scope")
    public String scopeLabel() {
      return scope.label();
    }
  }

  /** An ignore or deny file, its rules, what it stops and what it does not. */
  public record Ignore(String file, List<String> patterns, String stops, String misses) {
    public Ignore {
      patterns = List.copyOf(patterns);
    }
  }
}
