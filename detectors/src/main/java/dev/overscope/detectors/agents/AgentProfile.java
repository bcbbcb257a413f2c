package dev.overscope.detectors.agents;

import java.util.List;

/**
 * One coding agent as written in its YAML file: the files it loads into every session (instructions, MCP configs,
 * settings), the files it loads into its process environment, its ignore or deny files and what they really stop,
 * and the files it reads in the user's home directory.
 */
public record AgentProfile(
    String agent,
    List<String> references,
    List<FileEntry> instructions,
    List<McpEntry> mcp,
    List<FileEntry> settings,
    List<FileEntry> environment,
    List<IgnoreEntry> ignore,
    List<HomeEntry> home) {
  public AgentProfile {
    references = copy(references);
    instructions = copy(instructions);
    mcp = copy(mcp);
    settings = copy(settings);
    environment = copy(environment);
    ignore = copy(ignore);
    home = copy(home);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * Files matching {@code paths} (globs from the repository root) are loaded for {@code reason}.
   *
   * @param imports true when {@code @path} lines in these files pull the named files in too (recursively)
   * @param first true when the agent loads only the first of {@code paths} that exists, in the order written
   */
  public record FileEntry(List<String> paths, String reason, boolean imports, boolean first) {
    public FileEntry {
      paths = copy(paths);
    }
  }

  /**
   * MCP server configurations: where they live, their format ({@code json}, {@code jsonc}, {@code toml},
   * {@code yaml}) and the key holding the servers ({@code mcpServers}, {@code servers}, {@code context_servers},
   * {@code mcp_servers}).
   */
  public record McpEntry(List<String> paths, String format, String root, String reason) {
    public McpEntry {
      paths = copy(paths);
    }
  }

  /**
   * An ignore or deny file and what it really does.
   *
   * @param syntax {@code gitignore}, {@code aiexclude} (gitignore without negation; an empty file covers its whole
   *     directory), {@code claude-permissions} ({@code permissions.deny} {@code Read(...)} rules in a settings file)
   *     or {@code claude-sandbox} ({@code sandbox.filesystem.denyRead} when the sandbox is enabled)
   * @param stops what the file hides the covered paths from, e.g. "file tools, Tab, @-mentions and indexing"
   * @param misses what still reads them, e.g. "its terminal and MCP tools"
   */
  public record IgnoreEntry(String file, String syntax, String stops, String misses) {}

  /**
   * A file in the user's home directory the agent reads.
   *
   * @param path relative to the home directory, e.g. {@code .cursor/mcp.json}
   * @param kind {@code instructions}, {@code mcp}, {@code settings} or {@code environment}
   * @param format for {@code mcp} and {@code settings}: {@code json}, {@code jsonc}, {@code toml} or {@code yaml}
   */
  public record HomeEntry(String path, String kind, String format, String root, String reason) {}
}
