package dev.overscope.detectors.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overscope.core.config.ConfigException;
import dev.overscope.core.config.ConfigLoader;
import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's own rules load like built-ins, and a rule whose examples fail never loads. */
class CustomRulesTest {
  /** An invented provider: the format exists only in this test. */
  private static final String ACME_RULES = """
      provider: Acme Internal
      references: [https://wiki.acme.test/tokens]
      rules:
        - id: acme-deploy-token
          kind: deploy token
          description: Deploys any Acme service.
          remediation: Revoke it in the deploy console and issue one per service.
          keywords: [acmedeploy_]
          pattern: '\\b(?<secret>acmedeploy_[A-Za-z0-9]{24})\\b'
          scope:
            level: root
            evidence: prefix acmedeploy_ marks a deploy token valid for every service
          examples:
            positive:
              - text: 'DEPLOY=acmedeploy_Qm4TzX8rWk2LpV6nHs9JcB3d'
                scope: root
            negative:
              - 'DEPLOY=acmedeploy_short'
      """;

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void aRuleFileFromTheConfigurationIsAddedToTheBuiltins() throws Exception {
    // The rule file sits outside the scanned tree: inside it, its own positive examples would be findings.
    write("shared-rules/acme.yaml", ACME_RULES);
    write("repo/.overscope.yaml", "rules:\n  files: [../shared-rules/acme.yaml]\n");
    write("repo/deploy.env", "DEPLOY=acmedeploy_Zt8Kq2Wm4Xr6Pn1Vb7Hc3Ls9\n");
    OverscopeConfig config = new ConfigLoader().loadFromRoot(dir.resolve("repo"));
    Scanner scanner = ConfiguredScanner.build(config);
    assertThat(scanner.rules()).extracting(Rule::id).contains("acme-deploy-token", "github-classic-pat");
    ScanResult result = scanner.scan(ScanRequest.of(dir.resolve("repo")).withConfig(config));
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.rule().provider()).isEqualTo("Acme Internal");
      assertThat(finding.violation()).isTrue();
    });
  }

  @Test
  void extendsNoneReplacesTheBuiltinsButKeepsThePlaceholderFilter() throws Exception {
    write("shared-rules/acme.yaml", ACME_RULES);
    write("repo/.overscope.yaml", "rules:\n  extends: none\n  files: [../shared-rules/acme.yaml]\n");
    write("repo/a.env", "DEPLOY=acmedeploy_xxxxxxxxxxxxxxxxxxxxxxxx\n");
    OverscopeConfig config = new ConfigLoader().loadFromRoot(dir.resolve("repo"));
    Scanner scanner = ConfiguredScanner.build(config);
    assertThat(scanner.rules()).extracting(Rule::id).contains("acme-deploy-token").doesNotContain("github-classic-pat");
    assertThat(scanner.scan(ScanRequest.of(dir.resolve("repo")).withConfig(config)).findings()).isEmpty();
  }

  @Test
  void aRuleWhoseExampleFailsIsRejectedAtLoadNamingFileRuleAndExample() throws Exception {
    Path file = write("rules/acme.yaml", ACME_RULES.replace("[A-Za-z0-9]{24}", "[a-z0-9]{24}"));
    write(".overscope.yaml", "rules:\n  files: [rules/acme.yaml]\n");
    OverscopeConfig config = new ConfigLoader().loadFromRoot(dir);
    assertThatThrownBy(() -> ConfiguredScanner.build(config))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("rule 'acme-deploy-token' positive example 1 'DEPLOY=acmedeploy_Qm4TzX8rWk2LpV6nHs9JcB…'")
        .hasMessageContaining("was not found");
  }

  @Test
  void aNegativeExampleThatMatchesIsRejectedToo() throws Exception {
    write("more/acme.yml", ACME_RULES.replace("'DEPLOY=acmedeploy_short'", "'X=acmedeploy_Rq7Vn2Lx9Wt4Kz6Mb1Hp8Jc3'"));
    assertThatThrownBy(() -> ConfiguredScanner.build(OverscopeConfig.empty(), List.of(dir.resolve("more"))))
        .hasMessageContaining("rule 'acme-deploy-token' negative example 1")
        .hasMessageContaining("was found, but a negative example must not be");
  }

  @Test
  void inlineRulesNameTheirProviderAndTheirFieldsAreChecked() throws Exception {
    write(".overscope.yaml", """
        rules:
          inline:
            - id: acme-ci-token
              provider: Acme CI
              kind: CI token
              description: Runs pipelines.
              remediation: Revoke it in CI settings.
              keywords: [acmeci_]
              pattern: '\\bacmeci_[a-f0-9]{32}\\b'
              scope: {level: scoped, evidence: prefix acmeci_ marks a pipeline-only token}
              examples:
                positive: ['acmeci_0f1e2d3c4b5a69788796a5b4c3d2e1f0']
                negative: ['acmeci_0f1e']
        """);
    Scanner scanner = ConfiguredScanner.build(new ConfigLoader().loadFromRoot(dir));
    assertThat(scanner.rules()).filteredOn(rule -> rule.id().equals("acme-ci-token"))
        .singleElement().satisfies(rule -> assertThat(rule.provider()).isEqualTo("Acme CI"));

    write(".overscope.yaml", "rules:\n  inline:\n    - id: acme-ci-token\n      patern: 'acmeci_'\n");
    OverscopeConfig typo = new ConfigLoader().loadFromRoot(dir);
    assertThatThrownBy(() -> ConfiguredScanner.build(typo))
        .hasMessageContaining("rules.inline[0]")
        .hasMessageContaining("unknown field 'patern' (known: classifiers, context, description,")
        .hasMessageNotContaining("dev.overscope");
  }

  @Test
  void aCustomRuleMayNotTakeABuiltinId() throws Exception {
    write("rules/acme.yaml", ACME_RULES.replace("acme-deploy-token", "github-classic-pat"));
    write(".overscope.yaml", "rules:\n  files: [rules/acme.yaml]\n");
    OverscopeConfig config = new ConfigLoader().loadFromRoot(dir);
    assertThatThrownBy(() -> ConfiguredScanner.build(config)).hasMessageContaining("'github-classic-pat'")
        .hasMessageContaining("give a custom rule its own id");
  }

  @Test
  void unknownAgentsAreRejectedWithTheKnownOnes() {
    OverscopeConfig config = new OverscopeConfig(null, List.of("Claude Code", "clippy"), null, null, null, null, null);
    assertThatThrownBy(() -> ConfiguredScanner.build(config))
        .hasMessageContaining("unknown agent 'clippy'").hasMessageContaining("claude-code");
  }
}
