package dev.overscope.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve(".overscope.yaml"), yaml);
  }

  @Test
  void readsPolicyAllowlistAndLimits() throws Exception {
    OverscopeConfig config = new ConfigLoader().load(write("""
        policy:
          fail-on: [root:workspace, broad:context]
        allowlist:
          - paths: ["fixtures/**"]
            reason: fabricated test tokens
        limits:
          max-file-size: 1048576
          timeout: 90s
        """));
    assertThat(config.policy().failOnConditions()).contains(java.util.List.of("root:workspace", "broad:context"));
    assertThat(config.allowlist()).singleElement().satisfies(entry -> assertThat(entry.reason()).contains("test"));
    assertThat(config.limits().maxFileSizeBytes()).contains(1048576L);
    assertThat(config.limits().timeoutDuration()).contains(java.time.Duration.ofSeconds(90));
  }

  @Test
  void anUnknownFieldIsNamedWithItsLine() throws IOException {
    Path file = write("policy:\n  fail-on: [root:workspace]\n  fial: true\n");
    assertThatThrownBy(() -> new ConfigLoader().load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file + ":3: field 'policy.fial'");
  }

  @Test
  void malformedYamlGivesTheLine() throws IOException {
    Path file = write("policy:\n  fail-on: [root:workspace\nallowlist: x\n");
    assertThatThrownBy(() -> new ConfigLoader().load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("malformed YAML");
  }

  @Test
  void anAllowlistEntryWithoutAReasonIsRejected() throws IOException {
    Path file = write("allowlist:\n  - paths: [\"a/**\"]\n");
    assertThatThrownBy(() -> new ConfigLoader().load(file)).hasMessageContaining("needs a 'reason'");
  }

  @Test
  void aBadFailOnConditionIsRejectedAtLoad() throws IOException {
    Path file = write("policy:\n  fail-on: [root:everywhere]\n");
    assertThatThrownBy(() -> new ConfigLoader().load(file)).hasMessageContaining("policy.fail-on")
        .hasMessageContaining("unknown reach 'everywhere'");
  }

  @Test
  void anAliasBombIsRefused() throws IOException {
    StringBuilder yaml = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
          .append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
    }
    Path file = write(yaml.toString());
    assertThatThrownBy(() -> new ConfigLoader().load(file)).isInstanceOf(ConfigException.class);
  }

  @Test
  void anyYamlTagIsRefusedNamingItsFieldRatherThanQuietlyDropped() throws IOException {
    assertRejected("policy:\n  fail-on: !foo [root:workspace]\n",
        ":2: field 'policy.fail-on': YAML tags (!name, !!type) are not allowed");
    assertRejected("agents: [claude-code, !!javax.script.ScriptEngineManager [x]]\n",
        ":1: field 'agents[1]': YAML tags (!name, !!type) are not allowed");
    Path top = write("--- !foo\nagents: [claude-code]\n");
    assertThatThrownBy(() -> new ConfigLoader().load(top)).isInstanceOf(ConfigException.class)
        .hasMessage(top + ":1: YAML tags (!name, !!type) are not allowed: the configuration holds plain values only");
  }

  @Test
  void readsEveryFieldAndResolvesPathsAgainstTheConfigurationFolder() throws Exception {
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("rules/acme.yaml"), "provider: Acme\n");
    OverscopeConfig config = new ConfigLoader().load(write("""
        policy:
          fail-on: [broad:context]
          severity:
            github-classic-pat: note
            Stripe: error
        agents: [Claude Code, cursor]
        allowlist:
          - secrets: ["^acme_test_"]
            lines: ["nosec"]
            reason: test keys are fabricated
        rules:
          extends: none
          files: [rules/acme.yaml]
          inline:
            - id: acme-key
              provider: Acme
              keywords: [acme_]
        baseline: .overscope-baseline.json
        limits:
          max-file-size: 2048
          history-depth: 500
        paths:
          include: ["src/**"]
          exclude: ["**/node_modules/**"]
        """));
    assertThat(config.policy().severity()).containsEntry("github-classic-pat", "note").containsEntry("Stripe", "error");
    assertThat(config.agents()).containsExactly("Claude Code", "cursor");
    assertThat(config.allowlist().get(0).secrets()).containsExactly("^acme_test_");
    assertThat(config.allowlist().get(0).lines()).containsExactly("nosec");
    assertThat(config.rules().keepsBuiltins()).isFalse();
    assertThat(config.rules().files()).containsExactly(dir.resolve("rules/acme.yaml").toString());
    assertThat(config.rules().inline()).singleElement().satisfies(rule -> assertThat(rule).containsEntry("id", "acme-key"));
    assertThat(config.baselineFile()).contains(dir.resolve(".overscope-baseline.json").toString());
    assertThat(config.limits().historyDepthCommits()).contains(500);
    assertThat(config.paths().include()).containsExactly("src/**");
    assertThat(config.paths().exclude()).containsExactly("**/node_modules/**");
  }

  @Test
  void anUnknownFieldListsTheKnownOnesInTheFilesSpelling() throws IOException {
    Path file = write("limits:\n  max-file-size: 10\n  history: 3\n");
    assertThatThrownBy(() -> new ConfigLoader().load(file))
        .hasMessage(file + ":3: field 'limits.history': unknown field 'history' (known: history-depth, max-file-size, timeout)");
    Path top = write("polcy: {}\n");
    assertThatThrownBy(() -> new ConfigLoader().load(top))
        .hasMessageContaining(":1: field 'polcy': unknown field 'polcy' (known: agents, allowlist, baseline, limits, paths, policy, rules)")
        .hasMessageNotContaining("dev.overscope");
  }

  @Test
  void eachNewFieldRejectsBadValuesNamingTheField() throws IOException {
    assertRejected("policy:\n  severity:\n    github-classic-pat: loud\n",
        "field 'policy.severity.github-classic-pat': unknown severity 'loud'");
    assertRejected("agents: [\"\"]\n", "field 'agents[0]': an agent name is required");
    assertRejected("allowlist:\n  - secrets: [\"(unclosed\"]\n    reason: r\n",
        "field 'allowlist[0].secrets[0]': not a regular expression");
    assertRejected("allowlist:\n  - lines: [\"\"]\n    reason: r\n",
        "field 'allowlist[0].lines[0]': an empty pattern would allow everything");
    assertRejected("allowlist:\n  - reason: r\n", "give 'paths', 'fingerprints', 'secrets' or 'lines'");
    assertRejected("rules:\n  extends: everything\n", "field 'rules.extends': 'everything' is neither");
    assertRejected("rules:\n  files: [missing.yaml]\n", "field 'rules.files[0]': rule file not found");
    assertRejected("rules:\n  inline: oops\n", "field 'rules.inline'");
    assertRejected("baseline: [a, b]\n", "field 'baseline'");
    assertRejected("limits:\n  history-depth: 0\n", "field 'limits.history-depth': must be a positive number");
    assertRejected("limits:\n  max-file-size: -1\n", "field 'limits.max-file-size'");
    assertRejected("paths:\n  exclude: [\"\"]\n", "field 'paths.exclude[0]': an empty glob");
    assertRejected("paths:\n  include: node_modules\n", "field 'paths.include': expected a list");
    assertRejected("agents: claude-code\n", ":1: field 'agents': expected a list, e.g. [a, b]");
    assertRejected("allowlist:\n  - paths: [\"\"]\n    reason: r\n", "field 'allowlist[0].paths[0]': an empty glob");
    assertRejected("allowlist:\n  - fingerprints: {a: b}\n    reason: r\n", "field 'allowlist[0].fingerprints'");
    assertRejected("limits:\n  max-file-size: big\n", "field 'limits.max-file-size'");
    assertRejected("limits:\n  timeout: soon\n", ":2: field 'limits.timeout': not a duration");
    assertRejected("limits:\n  timeout: 0s\n", "field 'limits.timeout': no time at all");
    assertRejected("limits:\n  timeout: [90s]\n", "field 'limits.timeout': expected a single value");
    assertRejected("policy: [root:workspace]\n", "field 'policy': expected a section of 'name: value' lines");
  }

  private void assertRejected(String yaml, String message) throws IOException {
    Path file = write(yaml);
    assertThatThrownBy(() -> new ConfigLoader().load(file)).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file.toString()).hasMessageContaining(message)
        .hasMessageNotContaining("java.").hasMessageNotContaining("dev.overscope")
        .hasMessageMatching("[^\\n]*:\\d+: field '.*");
  }

  @Test
  void globsCrossDirectoriesOnlyWithDoubleStar() {
    assertThat(Glob.compile("**/AGENTS.md").matches("AGENTS.md")).isTrue();
    assertThat(Glob.compile("**/AGENTS.md").matches("a/b/AGENTS.md")).isTrue();
    assertThat(Glob.compile("docs/*.md").matches("docs/a/b.md")).isFalse();
    assertThat(Glob.compile("docs/**").matches("docs/a/b.md")).isTrue();
  }
}
