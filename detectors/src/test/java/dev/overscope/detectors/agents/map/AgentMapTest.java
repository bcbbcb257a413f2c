package dev.overscope.detectors.agents.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.reach.Reach;
import dev.overscope.core.scan.Scanner;
import dev.overscope.core.scope.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentMapTest {
  private static final Scanner SCANNER = Scanner.builder().withInstalledPlugins().build();

  @TempDir Path root;

  @BeforeEach
  void aRepositoryWithSeveralAgentsFiles() throws IOException {
    write("AGENTS.md", "# Conventions\nRun tests with mvn verify.\n");
    write("CLAUDE.md", "@AGENTS.md\nDeploy notes: @docs/deploy.md\n");
    write("docs/deploy.md", "Use the Railway CLI.\n");
    write(".cursor/rules/style.mdc", "---\nalwaysApply: true\n---\nTwo-space indentation.\n");
    write(".cursor/mcp.json", """
        {
          "mcpServers": {
            "railway": {
              "command": "npx",
              "args": ["-y", "@railway/mcp-server"],
              "env": { "RAILWAY_API_TOKEN": "5b0c7d2e-91af-4c36-8e07-d4a2f61b39c8" }
            },
            "github": {
              "url": "https://api.githubcopilot.com/mcp/",
              "headers": { "Authorization": "Bearer ${env:GITHUB_PAT}" }
            }
          }
        }
        """);
    write(".vscode/mcp.json", """
        { "servers": { "db": { "command": "npx", "envFile": "${workspaceFolder}/.env" } } }
        """);
    write(".codex/config.toml", """
        [mcp_servers.docs]
        command = "docs-mcp"
        bearer_token_env_var = "DOCS_TOKEN"
        """);
    write(".env", "DATABASE_URL=postgres://app:Zx8Cv7Bn6Mq5@db.internal:5432/app\n");
    write(".cursorignore", ".env\nsecrets/\n");
    write(".claude/settings.json", "{ \"permissions\": { \"deny\": [\"Read(./.env)\", \"Read(./secrets/**)\"] } }\n");
    write(".geminiignore", "*.pem\n");
  }

  @Test
  void eachAgentSeesItsFilesServersAndIgnores() throws IOException {
    AgentMap map = new AgentMapBuilder(SCANNER.engine()).build(root);
    String text = AgentMapText.render(map);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/agent-map-example.txt"), text);

    AgentMap.AgentView claude = agent(map, "Claude Code");
    assertThat(claude.files()).extracting(AgentMap.LoadedFile::path)
        .contains("CLAUDE.md", "AGENTS.md", "docs/deploy.md");
    assertThat(claude.ignores()).singleElement().satisfies(ignore ->
        assertThat(ignore.patterns()).containsExactly("/.env", "/secrets/**"));

    AgentMap.AgentView cursor = agent(map, "Cursor");
    assertThat(cursor.carriesLiteralCredentials()).isTrue();
    assertThat(cursor.servers()).filteredOn(server -> server.name().equals("railway")).singleElement()
        .satisfies(server -> assertThat(server.literals()).singleElement().satisfies(literal -> {
          assertThat(literal.field()).isEqualTo("env.RAILWAY_API_TOKEN");
          assertThat(literal.line()).isEqualTo(6);
          assertThat(literal.scope()).isEqualTo(Scope.ROOT);
          assertThat(literal.redacted()).doesNotContain("91af-4c36");
        }));
    assertThat(cursor.servers()).filteredOn(server -> server.name().equals("github")).singleElement()
        .satisfies(server -> assertThat(server.literals()).isEmpty());

    AgentMap.AgentView copilot = agent(map, "GitHub Copilot");
    assertThat(copilot.files()).anySatisfy(file -> {
      assertThat(file.path()).isEqualTo(".env");
      assertThat(file.reach()).isEqualTo(Reach.CONTEXT);
    });
    assertThat(agent(map, "Gemini CLI").files()).anySatisfy(file -> {
      assertThat(file.path()).isEqualTo(".env");
      assertThat(file.reach()).isEqualTo(Reach.WORKSPACE);
    });
    assertThat(agent(map, "Zed").files()).extracting(AgentMap.LoadedFile::path).containsExactly("AGENTS.md");
    assertThat(map.absent()).contains("Kiro", "Amazon Q Developer").doesNotContain("Cursor");
    assertThat(text).contains("LITERAL CREDENTIAL").contains("NOT from its terminal and MCP tools")
        .doesNotContain("5b0c7d2e-91af-4c36-8e07-d4a2f61b39c8").doesNotContain("Zx8Cv7Bn6Mq5");
  }

  private static AgentMap.AgentView agent(AgentMap map, String name) {
    return map.agents().stream().filter(view -> view.agent().equals(name)).findFirst().orElseThrow();
  }

  private void write(String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
