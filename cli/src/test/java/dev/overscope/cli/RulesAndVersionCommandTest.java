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
  void keywordsListsThePrefilterWordsOncePerLineInLowerCase() {
    CliRun run = CliRun.of("rules", "--keywords");
    assertThat(run.exitCode()).isZero();
    java.util.List<String> lines = run.out().lines().toList();
    assertThat(lines).contains("ghp_", "sk_live_", "railway_api_token").doesNotHaveDuplicates()
        .allSatisfy(keyword -> assertThat(keyword).isLowerCase().hasSizeGreaterThanOrEqualTo(3));
  }

  @Test
  void helpListsEverySubcommandThoughAScanBuildsOnlyItsOwn() {
    CliRun help = CliRun.of("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("scan ", "agents ", "audit ", "baseline ", "explain ", "rules ", "init ",
        "version ");
    assertThat(Main.subcommandsFor(new String[] {"scan", "."})).containsExactly(ScanCommand.class);
    CliRun unknown = CliRun.of("scna", ".");
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains("scna");
  }

  @Test
  void versionAndHelpDocumentTheExitCodes() {
    assertThat(CliRun.of("version").out()).startsWith("overscope ");
    CliRun help = CliRun.of("scan", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("0 policy passed, 1 policy failed, 2 usage or configuration error");
  }
}
