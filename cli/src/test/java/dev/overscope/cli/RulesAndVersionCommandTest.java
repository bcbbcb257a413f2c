package dev.overscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulesAndVersionCommandTest {
  @Test
  void rulesListsEveryRuleWithProviderAndScope() {
    CliRun run = CliRun.of("rules");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("railway-account-token", "Railway", "root")
        .contains("stripe-restricted-key", "scoped")
        .containsPattern("\\d+ rules, \\d+ providers");
  }

  @Test
  void versionAndHelpDocumentTheExitCodes() {
    assertThat(CliRun.of("version").out()).startsWith("overscope ");
    CliRun help = CliRun.of("scan", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("0 policy passed, 1 policy failed, 2 usage or configuration error");
  }
}
