package dev.overscope.detectors.agents.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.engine.ByteText;
import dev.overscope.core.engine.Detection;
import dev.overscope.core.engine.SourceAnalyzer;
import dev.overscope.core.scan.Scanner;
import dev.overscope.core.scope.Scope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class McpConfigAnalyzerTest {
  private static final Scanner SCANNER = Scanner.builder().withInstalledPlugins().build();
  private final McpConfigAnalyzer analyzer = new McpConfigAnalyzer();

  @Test
  void appliesToProjectAndHomeMcpConfigsOnly() {
    assertThat(analyzer.appliesTo(".mcp.json")).isTrue();
    assertThat(analyzer.appliesTo(".vscode/mcp.json")).isTrue();
    assertThat(analyzer.appliesTo(".codex/config.toml")).isTrue();
    assertThat(analyzer.appliesTo(".continue/mcpServers/db.yaml")).isTrue();
    assertThat(analyzer.appliesTo("~/.claude.json")).isTrue();
    assertThat(analyzer.appliesTo("~/.codex/config.toml")).isTrue();
    assertThat(analyzer.appliesTo("package.json")).isFalse();
    assertThat(analyzer.appliesTo("docs/mcp.json")).isFalse();
  }

  @Test
  void aLiteralUnderAKnownNameGetsTheScopeTheNameSignals() {
    List<Detection> found = analyze(".mcp.json", """
        {"mcpServers": {
          "supabase": {"command": "npx", "env": {"SUPABASE_ACCESS_TOKEN": "q8Wm2Zt5Rk1Lp0Yv7Nc3Xb9Hd4Jf6Gs2"}},
          "github": {"command": "docker", "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "e1f0a9b8c7d6e5f4a3b2c1d0"}}
        }}
        """);

    // The generic rule recognises them as secrets; the name decides the scope, here as in a full scan.
    assertThat(found).extracting(detection -> detection.verdict().scope())
        .containsExactly(Scope.ROOT, Scope.BROAD);
    assertThat(found.get(0).span().startLine()).isEqualTo(2);
    assertThat(found.get(0).verdict().evidence()).contains("SUPABASE_ACCESS_TOKEN");
  }

  @Test
  void argsFlagsHeaderFlagsConnectionUrlsAndQueryStringsAreRead() {
    List<Detection> found = analyze(".cursor/mcp.json", """
        {"mcpServers": {
          "pg": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres",
                 "postgresql://app:Qw7rT2zLm9Xc@db.internal:5432/app"]},
          "tool": {"command": "tool", "args": ["--api-key", "Hk4Lm8Qp2Rs6Tv0Wx3Yz"]},
          "curlish": {"command": "proxy", "args": ["-H", "Authorization: Bearer Zq9Yx8Wv7Ut6Sr5Qp4"]},
          "remote": {"url": "https://mcp.acme.io/mcp?api_key=Pl0Ok9Ij8Uh7Yg6Tf5", "type": "http"},
          "plain": {"url": "https://mcp.acme.io/mcp", "args": ["--port", "8080", "--verbose"]}
        }}
        """);

    assertThat(found).extracting(Detection::secret).contains("Hk4Lm8Qp2Rs6Tv0Wx3Yz", "Zq9Yx8Wv7Ut6Sr5Qp4",
        "Pl0Ok9Ij8Uh7Yg6Tf5").anyMatch(secret -> secret.contains("Qw7rT2zLm9Xc"));
    assertThat(found).hasSize(4);
  }

  @Test
  void codexTomlHttpHeadersAreLiteralsAndEnvVarNamesAreReferences() {
    List<Detection> found = analyze(".codex/config.toml", """
        [mcp_servers.github]
        url = "https://api.githubcopilot.com/mcp/"
        bearer_token_env_var = "GITHUB_PAT"

        [mcp_servers.search]
        command = "npx"
        http_headers = { "X-Api-Key" = "Vb7Nm3Kl9Jh5Gf1Ds8Aq" }
        env_vars = ["SEARCH_TOKEN"]
        """);

    assertThat(found).singleElement().satisfies(detection -> {
      assertThat(detection.secret()).isEqualTo("Vb7Nm3Kl9Jh5Gf1Ds8Aq");
      assertThat(detection.span().startLine()).isEqualTo(7);
      assertThat(detection.verdict().scope()).isEqualTo(Scope.UNKNOWN);
    });
  }

  @Test
  void providerTokensKeepTheirProviderRule() {
    List<Detection> found = analyze(".kiro/settings/mcp.json", """
        {"mcpServers": {"rail": {"command": "npx",
          "headers": {"Authorization": "Bearer 5b0c7d2e-91af-4c36-8e07-d4a2f61b39c8"},
          "env": {"RAILWAY_API_TOKEN": "0d4c2b9a-7e13-4f58-a6c2-3b81e9d07f45"}}}}
        """);

    assertThat(found).extracting(detection -> detection.rule().id()).contains("railway-account-token");
  }

  @Test
  void nonSecretsAreNotReported() {
    assertThat(analyze(".mcp.json", """
        {"mcpServers": {"x": {"command": "npx", "args": ["-y", "@scope/server", "--port", "3000"],
          "env": {"NODE_ENV": "production", "LOG_LEVEL": "debug", "API_TOKEN": "${API_TOKEN}",
                  "DB_PASSWORD": "changeme", "CACHE_DIR": "/var/cache/x", "ENABLED": "true",
                  "GH_TOKEN": "$COPILOT_MCP_GH_TOKEN", "NOTION_KEY": "{{ secrets.NOTION }}",
                  "API_URL": "https://api.acme.io/v1"}}}}
        """)).isEmpty();
  }

  @Test
  void identifiersModelNamesAndProjectIdsAreNotCredentials() {
    assertThat(analyze(".claude/settings.json", """
        {"env": {"ANTHROPIC_MODEL": "claude-opus-4-20250514", "OAUTH_CLIENT_ID": "Xk29aLw83mQp02Rt5Vz8",
                 "RAILWAY_PROJECT_ID": "5b0c7d2e-91af-4c36-8e07-d4a2f61b39c8", "BUILD_ID": "Zt4Kq9Lm2Wx7Rb3Nc8Vd",
                 "BACKEND": "Zt4Kq9Lm2Wx7Rb3Nc8Vd", "REGION": "europe-west4-drams3a"}}
        """)).hasSize(1).extracting(Detection::secret).containsExactly("Zt4Kq9Lm2Wx7Rb3Nc8Vd");
  }

  @Test
  void claudeSettingsEnvBlockLiteralsAreReported() {
    List<Detection> found = analyze(".claude/settings.json", """
        {
          "permissions": {"allow": ["Bash(npm test)"]},
          "env": {"NEON_API_KEY": "Qm4Zr8Tx2Lp6Wv0Ks3Nb", "DISABLE_TELEMETRY": "1"}
        }
        """);

    assertThat(found).singleElement().satisfies(detection -> {
      assertThat(detection.span().startLine()).isEqualTo(3);
      assertThat(detection.verdict().scope()).isEqualTo(Scope.BROAD);
    });
  }

  @Test
  void continueYamlServerListsAndRequestOptionsHeadersAreRead() {
    List<Detection> found = analyze(".continue/mcpServers/search.yaml", """
        name: Search
        version: 0.0.1
        schema: v1
        mcpServers:
          - name: search
            type: streamable-http
            url: https://search.acme.io/mcp
            requestOptions:
              headers:
                X-Api-Key: Ry5Tk8Wm2Qz7Lp4Xn9Bv
          - name: notes
            command: notes-mcp
            env:
              NOTES_TOKEN: ${{ secrets.NOTES_TOKEN }}
        """);

    assertThat(found).singleElement().satisfies(detection -> {
      assertThat(detection.secret()).isEqualTo("Ry5Tk8Wm2Qz7Lp4Xn9Bv");
      assertThat(detection.span().startLine()).isEqualTo(10);
    });
  }

  @Test
  void claudeJsonProjectScopedServersAreFound() {
    List<Detection> found = analyze("~/.claude.json", """
        {"numStartups": 12,
         "projects": {"/home/dev/app": {"mcpServers": {
           "stripe": {"command": "npx", "env": {"STRIPE_SECRET_KEY": "Wd3Fg7Hj1Kl5Zx9Cv2Bn6Mq4"}}}}}}
        """);

    assertThat(found).singleElement().satisfies(detection -> {
      assertThat(detection.span().startLine()).isEqualTo(3);
      assertThat(detection.verdict().scope()).isEqualTo(Scope.BROAD);
    });
  }

  @Test
  void malformedConfigsYieldNothing() {
    assertThat(analyze(".mcp.json", "{\"mcpServers\": {\"x\": ")).isEmpty();
  }

  private List<Detection> analyze(String path, String content) {
    ByteText text = new ByteText(content.getBytes(StandardCharsets.UTF_8));
    return analyzer.analyze(new SourceAnalyzer.AnalysisInput(path, text, SCANNER.engine()));
  }
}
