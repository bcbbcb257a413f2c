package dev.overscope.detectors.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Location;
import dev.overscope.core.reach.AgentExposure;
import dev.overscope.core.reach.Reach;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.Scanner;
import dev.overscope.core.scope.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentReachTest {
  private static final String ACCOUNT_TOKEN = "5b0c7d2e-91af-4c36-8e07-d4a2f61b39c8";
  private static final Scanner SCANNER = Scanner.builder().withInstalledPlugins().build();

  @TempDir Path root;

  @Test
  void railwayAccountTokenInCursorMcpEnvIsContextRootOnItsJsonLineAndFailsTheDefaultPolicy() throws IOException {
    write(".cursor/mcp.json", """
        {
          "mcpServers": {
            "railway": {
              "command": "npx",
              "args": ["-y", "@railway/mcp-server"],
              "env": {
                "RAILWAY_API_TOKEN": "%s"
              }
            }
          }
        }
        """.formatted(ACCOUNT_TOKEN));

    ScanResult result = scan();

    assertThat(result.findings()).hasSize(1);
    Finding finding = result.findings().get(0);
    assertThat(finding.reach()).isEqualTo(Reach.CONTEXT);
    assertThat(finding.verdict().scope()).isEqualTo(Scope.ROOT);
    assertThat(finding.primaryLocation().path()).isEqualTo(".cursor/mcp.json");
    assertThat(finding.primaryLocation().span().startLine()).isEqualTo(7);
    assertThat(finding.primaryLocation().exposures()).extracting(AgentExposure::agent).contains("Cursor");
    assertThat(result.policyFailed()).isTrue();
  }

  @Test
  void aReferenceToTheTokenIsNoFinding() throws IOException {
    write(".cursor/mcp.json", """
        { "mcpServers": { "railway": { "command": "npx",
            "env": { "RAILWAY_API_TOKEN": "${RAILWAY_API_TOKEN}" },
            "headers": { "Authorization": "Bearer ${env:RAILWAY_API_TOKEN}" } } } }
        """);
    write(".vscode/mcp.json", """
        { "servers": { "gh": { "type": "http", "url": "https://api.githubcopilot.com/mcp/",
            "headers": { "Authorization": "Bearer ${input:github_token}" } } },
          "inputs": [ { "id": "github_token", "type": "promptString", "password": true } ] }
        """);

    assertThat(scan().findings()).isEmpty();
  }

  @Test
  void aFileImportedFromClaudeMdIsContext() throws IOException {
    write("CLAUDE.md", "# Deploying\nCredentials live in @.env, read them before deploying.\n");
    write(".env", "RAILWAY_API_TOKEN=" + ACCOUNT_TOKEN + "\n");

    Finding finding = scan().findings().get(0);

    assertThat(finding.primaryLocation().path()).isEqualTo(".env");
    assertThat(finding.reach()).isEqualTo(Reach.CONTEXT);
    assertThat(finding.primaryLocation().exposures())
        .anySatisfy(exposure -> {
          assertThat(exposure.agent()).isEqualTo("Claude Code");
          assertThat(exposure.reason()).contains("@.env").contains("CLAUDE.md");
        });
  }

  @Test
  void importsAreFollowedThroughNestedMarkdownButNotInsideCodeBlocks() throws IOException {
    write("GEMINI.md", "See @docs/deploy.md\n```\n@secrets/ignored.txt\n```\n");
    write("docs/deploy.md", "Tokens: @../ops/tokens.txt\n");
    write("ops/tokens.txt", "RAILWAY_API_TOKEN=" + ACCOUNT_TOKEN + "\n");
    write("secrets/ignored.txt", "RAILWAY_API_TOKEN=0d4c2b9a-7e13-4f58-a6c2-3b81e9d07f45\n");

    ScanResult result = scan();

    assertThat(reachOf(result, "ops/tokens.txt")).isEqualTo(Reach.CONTEXT);
    assertThat(reachOf(result, "secrets/ignored.txt")).isEqualTo(Reach.WORKSPACE);
  }

  @Test
  void anEnvFileListedInCursorignoreStaysWorkspaceAndCoverageSaysWhatTheIgnoreDoesNotStop() throws IOException {
    write(".env", "RAILWAY_API_TOKEN=" + ACCOUNT_TOKEN + "\n");
    write(".cursorignore", "# keep secrets away from the agent\n.env\n");

    ScanResult result = scan();
    Location location = result.findings().get(0).primaryLocation();

    assertThat(location.reach()).isEqualTo(Reach.WORKSPACE);
    assertThat(result.findings().get(0).verdict().scope()).isEqualTo(Scope.ROOT);
    assertThat(location.coverage()).singleElement().asString()
        .contains("hidden from Cursor's file tools").contains(".cursorignore")
        .contains("still readable through its terminal");
    assertThat(result.policyFailed()).isTrue();
  }

  @Test
  void claudeDenyRulesAreCoverageAndMcpEnvFileMakesTheFileContext() throws IOException {
    write("secrets/prod.env", "RAILWAY_API_TOKEN=" + ACCOUNT_TOKEN + "\n");
    write(".claude/settings.json", """
        { "permissions": { "deny": ["Read(./secrets/**)", "Bash(curl:*)"] } }
        """);
    write(".vscode/mcp.json", """
        {
          // JSONC: comments and trailing commas are allowed here
          "servers": { "railway": { "command": "npx", "envFile": "${workspaceFolder}/secrets/prod.env", }, },
        }
        """);

    Location location = scan().findings().get(0).primaryLocation();

    assertThat(location.reach()).isEqualTo(Reach.CONTEXT);
    assertThat(location.exposures()).anySatisfy(exposure ->
        assertThat(exposure.reason()).contains("envFile").contains(".vscode/mcp.json"));
    assertThat(location.coverage()).singleElement().asString()
        .contains("Claude Code").contains(".claude/settings.json").contains("Bash");
  }

  @Test
  void anEnabledClaudeSandboxDenyIsReportedAsARealBlockButStillNoDiscount() throws IOException {
    write(".env", "RAILWAY_API_TOKEN=" + ACCOUNT_TOKEN + "\n");
    write(".claude/settings.json", """
        { "sandbox": { "enabled": true, "filesystem": { "denyRead": ["./.env", "~/.aws"] } } }
        """);

    ScanResult result = scan();
    Location location = result.findings().get(0).primaryLocation();

    assertThat(location.reach()).isEqualTo(Reach.WORKSPACE);
    assertThat(location.coverage()).singleElement().asString().contains("OS level").contains("every other agent");
    assertThat(result.policyFailed()).isTrue();
  }

  private Reach reachOf(ScanResult result, String path) {
    return result.findings().stream().flatMap(finding -> finding.locations().stream())
        .filter(location -> location.path().equals(path)).findFirst().orElseThrow().reach();
  }

  private ScanResult scan() throws IOException {
    try {
      return SCANNER.scan(ScanRequest.of(root).withThreads(1));
    } catch (dev.overscope.core.source.SourceException e) {
      throw new IOException(e);
    }
  }

  private void write(String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
