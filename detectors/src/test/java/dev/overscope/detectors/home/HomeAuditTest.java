package dev.overscope.detectors.home;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.finding.Finding;
import dev.overscope.core.reach.Reach;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.Scanner;
import dev.overscope.core.scope.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeAuditTest {
  private static final Scanner SCANNER = Scanner.builder().withInstalledPlugins().build();

  @TempDir Path home;

  @Test
  void aRailwayCliSessionIsHomeReachAndRootAndFailsTheAudit() throws Exception {
    write(".railway/config.json", """
        {
          "projects": {},
          "user": {
            "token": "9c1e4b7a-2f58-4d03-b6e9-71a0c3d85f2e"
          }
        }
        """);

    ScanResult result = HomeAudit.run(SCANNER, HomeAudit.request(home));

    Finding finding = result.findings().get(0);
    assertThat(finding.reach()).isEqualTo(Reach.HOME);
    assertThat(finding.verdict().scope()).isEqualTo(Scope.ROOT);
    assertThat(finding.verdict().evidence()).contains("every workspace");
    assertThat(finding.rule().id()).isEqualTo("home-railway-cli-session");
    assertThat(finding.primaryLocation().path()).isEqualTo("~/.railway/config.json");
    assertThat(finding.primaryLocation().span().startLine()).isEqualTo(4);
    assertThat(result.policyFailed()).isTrue();
  }

  @Test
  void storesWithoutProviderPrefixesAreReadByTheirKeys() throws Exception {
    write(".netrc", "machine api.heroku.com\n  login dev@acme.io\n  password 3f9a1c7e-6b2d-4e80-9a5f-c1d7e2b04a96\n");
    write(".config/gcloud/application_default_credentials.json", """
        {"client_id": "764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com",
         "client_secret": "d-FL95Q19q7MQmFpd7hHD0Ty",
         "refresh_token": "1//0gLq8Yx3Vw7Tz2Mn5Kp9Rs4Jh6Fd1Ga8Sb3Nc0Xe7Wv2Qy5Ui9Op4Lk6Jm1Hn8",
         "type": "authorized_user"}
        """);
    write(".databrickscfg", "[DEFAULT]\nhost = https://acme.cloud.databricks.com\ntoken = dapi7c3e9f1a2b4d6e8f0a1b3c5d7e9f2a4b\n");
    write(".aws/config", "[default]\nregion = eu-west-1\n");

    ScanResult result = HomeAudit.run(SCANNER, HomeAudit.request(home));

    assertThat(result.findings()).extracting(finding -> finding.primaryLocation().path())
        .contains("~/.netrc", "~/.config/gcloud/application_default_credentials.json", "~/.databrickscfg");
    assertThat(result.findings()).allSatisfy(finding -> assertThat(finding.reach()).isEqualTo(Reach.HOME));
    assertThat(result.findings()).filteredOn(finding -> finding.rule().id().equals("gcp-oauth-refresh-token"))
        .singleElement().extracting(finding -> finding.verdict().scope()).isEqualTo(Scope.ROOT);
  }

  @Test
  void agentConfigsInTheHomeGoThroughTheMcpAnalyzerAndNameTheirAgent() throws Exception {
    write(".codex/config.toml", """
        [mcp_servers.supabase]
        command = "npx"
        args = ["-y", "@supabase/mcp-server-supabase@latest"]
        env = { "SUPABASE_ACCESS_TOKEN" = "Kd8Lq2Wm5Xz9Rt3Vb7Np1Hs4Gy6Jc0Fa" }
        """);

    Finding finding = HomeAudit.run(SCANNER, HomeAudit.request(home)).findings().get(0);

    assertThat(finding.primaryLocation().path()).isEqualTo("~/.codex/config.toml");
    assertThat(finding.verdict().scope()).isEqualTo(Scope.ROOT);
    assertThat(finding.primaryLocation().exposures()).singleElement()
        .satisfies(exposure -> assertThat(exposure.agent()).isEqualTo("OpenAI Codex"));
  }

  @Test
  void onlyKnownFilesAreRead() throws Exception {
    write("projects/app/.env", "RAILWAY_API_TOKEN=9c1e4b7a-2f58-4d03-b6e9-71a0c3d85f2e\n");

    assertThat(HomeAudit.run(SCANNER, HomeAudit.request(home)).findings()).isEmpty();
    assertThat(new HomeCredentialSource(home).presentLocations()).isEmpty();
  }

  private void write(String path, String content) throws Exception {
    Path file = home.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
