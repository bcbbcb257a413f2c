package dev.overscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overscope.detectors.testing.FakeTokens;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walking skeleton's promises, run through the real command line with the built-in catalogue. */
class ScanCommandTest {
  private final FakeTokens tokens = new FakeTokens(20261122);
  private final String railway = tokens.uuid();
  private final String github = tokens.githubClassic();
  private final String stripe = tokens.stripeRestricted();

  @TempDir
  Path dir;

  private void plantTheThreeSecrets() throws IOException {
    Files.writeString(dir.resolve(".env"), "RAILWAY_API_TOKEN=" + railway + "\n");
    Files.writeString(dir.resolve("AGENTS.md"), "# Agents\nDeploy with GITHUB_TOKEN=" + github + "\n");
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/billing.md"), "Reporting key: " + stripe + "\n");
  }

  @Test
  void railwayAccountTokenGithubPatAndStripeKeyFailTheScanWithScopeAndReach() throws IOException {
    plantTheThreeSecrets();
    Path sarif = dir.resolve("out/report.sarif");
    CliRun run = CliRun.of("scan", dir.toString(), "--no-color", "--sarif", sarif.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.POLICY_FAILED);
    assertThat(run.out())
        .contains(".env:1", "Railway account or workspace API token — scope root, reach workspace", "[fails policy]")
        .contains("AGENTS.md:2", "GitHub classic personal access token — scope broad, reach context")
        .contains("docs/billing.md:1", "Stripe live restricted key — scope scoped, reach workspace")
        .contains("Policy FAILED");
    JsonNode results = new ObjectMapper().readTree(sarif.toFile()).path("runs").get(0).path("results");
    List<String> rules = new ArrayList<>();
    results.forEach(result -> rules.add(result.path("ruleId").asText()));
    assertThat(rules).containsExactlyInAnyOrder("railway-account-token", "github-classic-pat", "stripe-restricted-key");
    results.forEach(result -> assertThat(result.path("properties").path("reach").asText()).isNotEmpty());
  }

  @Test
  void noReportFormatEverCarriesARawSecretUnlessAskedTo() throws IOException {
    plantTheThreeSecrets();
    Path sarif = dir.resolve("r.sarif");
    Path json = dir.resolve("r.json");
    CliRun run = CliRun.of("scan", dir.toString(), "--no-color", "--sarif", sarif.toString(), "--json", json.toString());
    String everything = run.out() + run.err() + Files.readString(sarif) + Files.readString(json);
    for (String secret : List.of(railway, github, stripe)) {
      assertThat(everything).doesNotContain(secret).doesNotContain(secret.substring(secret.length() - 12));
    }
    CliRun shown = CliRun.of("scan", dir.toString(), "--no-color", "--show-secrets", "--output",
        dir.resolve("shown.txt").toString());
    assertThat(Files.readString(dir.resolve("shown.txt"))).contains(railway, github, stripe);
    assertThat(shown.exitCode()).isEqualTo(ExitCode.POLICY_FAILED);
  }

  @Test
  void brokenChecksumsPlaceholdersAndBinaryFilesProduceNothing() throws IOException {
    String broken = github.substring(0, github.length() - 1) + (github.endsWith("A") ? "B" : "A");
    Files.writeString(dir.resolve("AGENTS.md"), "GITHUB_TOKEN=" + broken + "\nGITHUB_TOKEN=ghp_"
        + "x".repeat(36) + "\n");
    Files.writeString(dir.resolve(".env"), "RAILWAY_API_TOKEN=${RAILWAY_API_TOKEN}\nRAILWAY_API_TOKEN=<your-token>\n");
    byte[] binary = ("\0\0PNG RAILWAY_API_TOKEN=" + railway + "\0").getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("logo.png"), binary);
    CliRun run = CliRun.of("scan", dir.toString(), "--no-color");
    assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED);
    assertThat(run.out()).contains("0 findings").contains("binary 1").contains("Policy passed");
  }

  @Test
  void aMissingPathIsOneLineAndExitCodeTwo() {
    CliRun run = CliRun.of("scan", dir.resolve("nowhere").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().strip()).startsWith("overscope: path does not exist:").doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void aBrokenConfigurationNamesFileAndLineAndExitsTwo() throws IOException {
    Files.writeString(dir.resolve(".overscope.yaml"), "policy:\n  fail-on: [root:workspace]\n  nonsense: 1\n");
    CliRun run = CliRun.of("scan", dir.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("configuration error:", ".overscope.yaml:3:", "policy.nonsense");
    assertThat(run.err().strip().lines().count()).isEqualTo(1);
  }

  @Test
  void symlinkLoopsHugeFilesAndInvalidUtf8AreSkippedOrScannedAndCounted() throws IOException {
    Files.createDirectories(dir.resolve("loop"));
    Files.createSymbolicLink(dir.resolve("loop/again"), dir.resolve("loop"));
    try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("dump.sql").toFile(), "rw")) {
      huge.setLength(2L * 1024 * 1024 * 1024);
    }
    byte[] invalid = ("\u00c3( \u00ff caf\u00e9\nRAILWAY_API_TOKEN=" + railway + "\n").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("legacy.env"), invalid);
    CliRun run = CliRun.of("scan", dir.toString(), "--no-color");
    assertThat(run.exitCode()).isEqualTo(ExitCode.POLICY_FAILED);
    assertThat(run.out()).contains("legacy.env:2").contains("too large 1").contains("symbolic link (not followed) 1");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void severalReportsAtOnceTextOnStdoutAndFilesBeside() throws IOException {
    plantTheThreeSecrets();
    Path sarif = dir.resolve("out/r.sarif");
    Path json = dir.resolve("out/r.json");
    Path markdown = dir.resolve("out/summary.md");
    CliRun run = CliRun.of("scan", dir.toString(), "--no-color", "--format", "text", "--sarif", sarif.toString(),
        "--json", json.toString(), "--markdown", markdown.toString(), "--annotations",
        "--sarif-category", "secrets/agents");
    assertThat(run.exitCode()).isEqualTo(ExitCode.POLICY_FAILED);
    assertThat(run.out()).contains("Policy FAILED")
        .containsPattern("(?m)^::error file=\\.env,line=1,col=19,endLine=1,endColumn=55,title=Railway");
    JsonNode log = new ObjectMapper().readTree(sarif.toFile());
    assertThat(log.at("/runs/0/automationDetails/id").asText()).isEqualTo("secrets/agents/");
    assertThat(log.at("/runs/0/results")).hasSize(3);
    assertThat(new ObjectMapper().readTree(json.toFile()).path("findings")).hasSize(3);
    assertThat(Files.readString(markdown)).startsWith("## Overscope: policy failed");
    String everything = run.out() + run.err() + Files.readString(sarif) + Files.readString(json)
        + Files.readString(markdown);
    for (String secret : List.of(railway, github, stripe)) {
      assertThat(everything).doesNotContain(secret).doesNotContain(secret.substring(secret.length() - 12));
    }
  }

  @Test
  void sarifStreamsToStandardOutputIntact() throws IOException {
    plantTheThreeSecrets();
    CliRun run = CliRun.of("scan", dir.toString(), "--format", "sarif");
    JsonNode log = new ObjectMapper().readTree(run.out());
    assertThat(log.at("/runs/0/results")).hasSize(3);
    // Multi-byte characters survive the byte-to-character bridge to standard output.
    assertThat(log.at("/runs/0/results/0/message/text").asText()).contains(" — scope ", "…(");
    CliRun markdown = CliRun.of("scan", dir.toString(), "--format", "markdown");
    assertThat(markdown.out()).contains("| Level | Secret | Scope | Reach | Where | Fingerprint |");
  }

  @Test
  void annotationsCannotShareStandardOutputWithAMachineReadableReport() {
    CliRun run = CliRun.of("scan", dir.toString(), "--format", "sarif", "--annotations");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--annotations", "--output FILE");
  }

  @Test
  void unknownOptionsAndFormatsAreUsageErrors() {
    assertThat(CliRun.of("scan", "--frobnicate").exitCode()).isEqualTo(ExitCode.USAGE);
    CliRun badFormat = CliRun.of("scan", dir.toString(), "--format", "xml");
    assertThat(badFormat.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(badFormat.err()).contains("unknown format 'xml'");
    assertThat(CliRun.of("scan", dir.toString(), "--fail-on", "root").err()).contains("SCOPE:REACH");
  }

  @Test
  void failOnNoneAlwaysPassesAndWiderPoliciesCatchMore() throws IOException {
    plantTheThreeSecrets();
    assertThat(CliRun.of("scan", dir.toString(), "--fail-on", "none").exitCode()).isEqualTo(ExitCode.PASSED);
    CliRun wide = CliRun.of("scan", dir.toString(), "--no-color", "--fail-on", "scoped:workspace");
    assertThat(wide.out()).contains("3 finding(s) must be rotated");
  }
}
