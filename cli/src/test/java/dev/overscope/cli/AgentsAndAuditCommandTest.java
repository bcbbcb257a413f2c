package dev.overscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overscope.detectors.testing.FakeTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code overscope agents} and {@code overscope audit --home}, run through the real command line. */
class AgentsAndAuditCommandTest {
  private final FakeTokens tokens = new FakeTokens(20261123);
  private final String railway = tokens.uuid();

  @TempDir
  Path dir;

  @Test
  void agentsMapsEachAgentsFilesServersAndIgnoresWithoutPrintingTheSecret() throws IOException {
    write("CLAUDE.md", "Read @docs/deploy.md first.\n");
    write("docs/deploy.md", "Deploy with railway up.\n");
    write(".cursor/mcp.json", "{\"mcpServers\": {\"railway\": {\"command\": \"npx\",\n"
        + "  \"env\": {\"RAILWAY_API_TOKEN\": \"" + railway + "\"}}}}\n");
    write(".cursorignore", ".env\n");

    CliRun run = CliRun.of("agents", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED);
    assertThat(run.out()).contains("Claude Code", "docs/deploy.md", "@docs/deploy.md")
        .contains(".cursor/mcp.json > railway (npx): LITERAL CREDENTIAL")
        .contains("env.RAILWAY_API_TOKEN line 2", "railway-account-token, root")
        .contains(".cursorignore: .env", "NOT from its terminal and MCP tools")
        .doesNotContain(railway);

    Path json = dir.resolve("out/agents.json");
    assertThat(CliRun.of("agents", dir.toString(), "--format", "json", "--output", json.toString()).exitCode())
        .isEqualTo(ExitCode.PASSED);
    JsonNode cursor = null;
    for (JsonNode agent : new ObjectMapper().readTree(json.toFile()).path("agents")) {
      if (agent.path("agent").asText().equals("Cursor")) {
        cursor = agent;
      }
    }
    assertThat(cursor).isNotNull();
    assertThat(cursor.path("servers").get(0).path("literals").get(0).path("scope").asText()).isEqualTo("root");
    assertThat(Files.readString(json)).doesNotContain(railway);

    assertThat(CliRun.of("agents", dir.toString(), "--format", "sarif").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void auditHomeReportsTheRailwayCliSessionAsRootAtReachHomeAndFails() throws IOException {
    write(".railway/config.json", "{\n  \"user\": {\n    \"token\": \"" + railway + "\"\n  }\n}\n");

    CliRun run = CliRun.of("audit", "--home", dir.toString(), "--no-color");

    assertThat(run.exitCode()).isEqualTo(ExitCode.POLICY_FAILED);
    assertThat(run.out()).contains("~/.railway/config.json:3 (home directory)")
        .contains("scope root, reach home", "acts as the logged-in user on every workspace")
        .doesNotContain(railway);
    assertThat(CliRun.of("audit", "--home", dir.toString(), "--fail-on", "none").exitCode())
        .isEqualTo(ExitCode.PASSED);
    assertThat(CliRun.of("audit", dir.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
  }

  private void write(String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
