package dev.overscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overscope.core.config.ConfigLoader;
import dev.overscope.detectors.testing.FakeTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The controls teams ask for, through the real command line with the built-in catalogue. */
class TeamWorkflowTest {
  private final FakeTokens tokens = new FakeTokens(90210);
  private final String railway = tokens.uuid();
  private final String github = tokens.githubClassic();
  private final String otherGithub = tokens.githubClassic();

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void anInlineAllowWithAReasonSuppressesThatLineAndReachesSarifAsInSource() throws IOException {
    write(".env", "RAILWAY_API_TOKEN=" + railway + "  # overscope:allow staging sandbox, revoked nightly\n");
    Path sarif = dir.resolve("out.sarif");
    CliRun run = CliRun.of("scan", dir.toString(), "--no-color", "--sarif", sarif.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED);
    JsonNode suppression = new ObjectMapper().readTree(sarif.toFile()).path("runs").get(0).path("results").get(0)
        .path("suppressions").get(0);
    assertThat(suppression.path("kind").asText()).isEqualTo("inSource");
    assertThat(suppression.path("justification").asText()).isEqualTo("staging sandbox, revoked nightly");
  }

  @Test
  void anInlineAllowWithoutAReasonSuppressesNothingAndSaysWhy() throws IOException {
    write(".env", "# overscope:allow\nRAILWAY_API_TOKEN=" + railway + "\n");
    CliRun run = CliRun.of("scan", dir.toString(), "--no-color");
    assertThat(run.exitCode()).isEqualTo(ExitCode.POLICY_FAILED);
    assertThat(run.err()).contains(".env: line 2: 'overscope:allow' without a reason does not suppress finding");
    Path json = dir.resolve("r.json");
    CliRun.of("scan", dir.toString(), "--json", json.toString());
    assertThat(Files.readString(json)).contains("allow comment without a reason");
  }

  @Test
  void baselineRoundTripAcceptsTodaysFindingsAndCatchesANewSecretOnABaselinedLine() throws IOException {
    write("AGENTS.md", "# Agents\nDeploy with GITHUB_TOKEN=" + github + "\n");
    write(".env", "RAILWAY_API_TOKEN=" + railway + "\n");
    assertThat(CliRun.of("scan", dir.toString()).exitCode()).isEqualTo(ExitCode.POLICY_FAILED);

    CliRun created = CliRun.of("baseline", "create", dir.toString());
    assertThat(created.exitCode()).isZero();
    assertThat(created.out()).contains("Wrote 2 accepted finding(s)", "(2 added, 0 no longer found)");
    Path baseline = dir.resolve(".overscope-baseline.json");
    String recorded = Files.readString(baseline);
    assertThat(recorded).contains("github-classic-pat", "AGENTS.md", "railway-account-token")
        .doesNotContain(github).doesNotContain(railway).doesNotContain(github.substring(8));

    CliRun accepted = CliRun.of("scan", dir.toString(), "--no-color", "--baseline", baseline.toString());
    assertThat(accepted.exitCode()).isEqualTo(ExitCode.PASSED);

    write(".overscope.yaml", "baseline: .overscope-baseline.json\n");
    write("AGENTS.md", "# Agents\n\nMoved here: GITHUB_TOKEN=" + github + "\n");
    assertThat(CliRun.of("scan", dir.toString()).exitCode()).as("the same secret moved").isEqualTo(ExitCode.PASSED);

    write(".env", "RAILWAY_API_TOKEN=" + tokens.uuid() + "\n");
    CliRun replaced = CliRun.of("scan", dir.toString(), "--no-color");
    assertThat(replaced.exitCode()).as("a new secret on a baselined line").isEqualTo(ExitCode.POLICY_FAILED);
    assertThat(replaced.out()).contains(".env:1", "Railway");

    CliRun refused = CliRun.of("baseline", "create", dir.toString());
    assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(refused.err()).contains("exists; use 'overscope baseline update'");
    CliRun updated = CliRun.of("baseline", "update", dir.toString());
    assertThat(updated.out()).contains("Wrote 2 accepted finding(s)", "(1 added, 1 no longer found)");
    assertThat(CliRun.of("scan", dir.toString()).exitCode()).isEqualTo(ExitCode.PASSED);
  }

  @Test
  void aYamlBaselineIsWrittenWhereAsked() throws IOException {
    write(".env", "RAILWAY_API_TOKEN=" + railway + "\n");
    Path yaml = dir.resolve("ci/accepted.yaml");
    assertThat(CliRun.of("baseline", "create", dir.toString(), "--output", yaml.toString()).exitCode()).isZero();
    assertThat(Files.readString(yaml)).startsWith("version: 1").contains("rule: \"railway-account-token\"");
    assertThat(CliRun.of("scan", dir.toString(), "--baseline", yaml.toString()).exitCode()).isZero();
    CliRun missing = CliRun.of("scan", dir.toString(), "--baseline", dir.resolve("nope.json").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("baseline file not found");
  }

  @Test
  void configuredAgentsAndSeverityOverridesChangeTheReport() throws IOException {
    write("CLAUDE.md", "# Agents\nGITHUB_TOKEN=" + github + "\n");
    write(".overscope.yaml", "agents: [cursor]\npolicy:\n  fail-on: [broad:context]\n");
    CliRun cursorOnly = CliRun.of("scan", dir.toString(), "--no-color");
    assertThat(cursorOnly.out()).contains("reach workspace");
    assertThat(cursorOnly.exitCode()).isEqualTo(ExitCode.PASSED);

    write(".overscope.yaml", "agents: [Claude Code]\npolicy:\n  fail-on: [broad:context]\n  severity:\n"
        + "    GitHub: note\n");
    Path json = dir.resolve("r.json");
    CliRun codex = CliRun.of("scan", dir.toString(), "--json", json.toString());
    assertThat(codex.exitCode()).isEqualTo(ExitCode.POLICY_FAILED);
    assertThat(Files.readString(json)).contains("\"severity\" : \"note\"");

    write(".overscope.yaml", "agents: [clippy]\n");
    CliRun unknown = CliRun.of("scan", dir.toString());
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains(".overscope.yaml: field 'agents': unknown agent 'clippy' (known:");
  }

  @Test
  void pathsExcludeKeepsFilesFromBeingRead() throws IOException {
    write("vendor/lib/.env", "RAILWAY_API_TOKEN=" + railway + "\n");
    write(".overscope.yaml", "paths:\n  exclude: [\"vendor/**\"]\n");
    CliRun run = CliRun.of("scan", dir.toString(), "--no-color");
    assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED);
    assertThat(run.out()).contains("0 findings");
  }

  @Test
  void customRulesWithFailingExamplesAreRejectedAtLoadAndRulesTestShowsEachExample() throws IOException {
    String rules = """
        provider: Acme
        references: [https://wiki.acme.test/tokens]
        rules:
          - id: acme-deploy-token
            kind: deploy token
            description: Deploys every Acme service.
            remediation: Revoke it in the deploy console.
            keywords: [acmedeploy_]
            pattern: '\\b(?<secret>acmedeploy_[a-z0-9]{24})\\b'
            scope: {level: root, evidence: prefix acmedeploy_ marks a token for every service}
            examples:
              positive: ['DEPLOY=acmedeploy_Qm4TzX8rWk2LpV6nHs9JcB3d', 'acmedeploy_qm4tzx8rwk2lpv6nhs9jcb3d']
              negative: ['DEPLOY=acmedeploy_short']
        """;
    Path file = Files.createDirectories(dir.resolve("../team-rules")).resolve("acme.yaml");
    Files.writeString(file, rules);
    CliRun test = CliRun.of("rules", "test", file.toString());
    assertThat(test.exitCode()).isEqualTo(ExitCode.POLICY_FAILED);
    assertThat(test.out()).contains("FAIL rule 'acme-deploy-token' positive example 1", "was not found")
        .contains("PASS rule 'acme-deploy-token' positive example 2")
        .contains("PASS rule 'acme-deploy-token' negative example 1").contains("2 passed, 1 failed");

    write("deploy.env", "DEPLOY=acmedeploy_zt8kq2wm4xr6pn1vb7hc3ls9\n");
    CliRun rejected = CliRun.of("scan", dir.toString(), "--rules", file.getParent().toString());
    assertThat(rejected.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(rejected.err()).contains("acme.yaml: rule 'acme-deploy-token' positive example 1")
        .contains("was not found");

    Files.writeString(file, rules.replace("[a-z0-9]{24}", "[A-Za-z0-9]{24}"));
    assertThat(CliRun.of("rules", "test", file.toString()).exitCode()).isZero();
    CliRun found = CliRun.of("scan", dir.toString(), "--no-color", "--rules", file.getParent().toString());
    assertThat(found.exitCode()).isEqualTo(ExitCode.POLICY_FAILED);
    assertThat(found.out()).contains("deploy.env:1", "Acme deploy token");

    CliRun invalid = CliRun.of("rules", "test", write("bad.yaml", "provider: Acme\nrules:\n  - id: x1\n    patern: a\n")
        .toString());
    assertThat(invalid.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(invalid.err()).contains("unknown field 'patern'");
  }

  @Test
  void explainDescribesARuleAndAFindingWithScopeReachAndRemediation() throws IOException {
    CliRun rule = CliRun.of("explain", "github-classic-pat", dir.toString());
    assertThat(rule.exitCode()).isZero();
    assertThat(rule.out()).contains("Rule github-classic-pat: GitHub classic personal access token",
        "Default scope: broad", "prefix ghp_", "How to rotate it and scope it down", "fine-grained",
        "https://docs.github.com/");

    write("AGENTS.md", "# Agents\nGITHUB_TOKEN=" + github + "\n");
    write("notes/old.txt", "token " + github + "\n");
    Path json = dir.resolve("r.json");
    CliRun.of("scan", dir.toString(), "--json", json.toString());
    String id = new ObjectMapper().readTree(json.toFile()).path("findings").get(0).path("id").asText();
    CliRun finding = CliRun.of("explain", id.substring(0, 10), dir.toString());
    assertThat(finding.exitCode()).isZero();
    assertThat(finding.out()).contains("Finding " + id, "Why scope broad", "Why reach context", "AGENTS.md:2",
        "notes/old.txt:1", "in the working tree", "Policy",
        "Revoke it under Settings", "https://docs.github.com/").doesNotContain(github);

    CliRun missing = CliRun.of("explain", "0123456789abcdef", dir.toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("no finding '0123456789abcdef'");
    assertThat(CliRun.of("explain", "no-such-rule", dir.toString()).err()).contains("neither a rule id");
  }

  @Test
  void initWritesALoadableCommentedConfigurationAndThePreCommitHook() throws Exception {
    CliRun init = CliRun.of("init", dir.toString(), "--pre-commit");
    assertThat(init.exitCode()).isZero();
    Path config = dir.resolve(".overscope.yaml");
    assertThat(Files.readString(config)).contains("# ", "fail-on:", "allowlist", "baseline", "overscope:allow");
    assertThat(new ConfigLoader().load(config).policy().failOnConditions()).isPresent();
    assertThat(Files.readString(dir.resolve(".pre-commit-config.yaml"))).contains("repos:", "- id: overscope");
    assertThat(CliRun.of("scan", dir.toString()).exitCode()).isZero();

    CliRun again = CliRun.of("init", dir.toString());
    assertThat(again.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(again.err()).contains("exists; use --force");
    Files.writeString(dir.resolve(".pre-commit-config.yaml"), "repos: []\n");
    CliRun forced = CliRun.of("init", dir.toString(), "--force", "--pre-commit");
    assertThat(forced.exitCode()).isZero();
    assertThat(forced.out()).contains("was not changed; add these lines", "id: overscope");
    assertThat(Files.readString(dir.resolve(".pre-commit-config.yaml"))).isEqualTo("repos: []\n");
  }
}
