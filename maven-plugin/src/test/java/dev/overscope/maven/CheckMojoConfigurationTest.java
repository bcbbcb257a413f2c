package dev.overscope.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.policy.Policy;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanRequestFactory;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.source.HistoryScope;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the mojo's parameters become a scan request: the same rules and messages as the CLI, named as in a POM. */
class CheckMojoConfigurationTest {
  @TempDir
  Path root;

  /** A mojo as Maven configures it when the POM sets nothing. */
  private static CheckMojo defaultMojo() {
    CheckMojo mojo = new CheckMojo();
    mojo.configFile = ".overscope.yaml";
    mojo.scanHistory = true;
    mojo.failOnError = true;
    return mojo;
  }

  /** A fabricated Railway account token, made at run time so no token sits in the sources. */
  private static String fabricatedUuid() {
    Random random = new Random(7);
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < 32; i++) {
      hex.append("0123456789abcdef".charAt(random.nextInt(16)));
    }
    return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-4" + hex.substring(13, 16) + "-a"
        + hex.substring(17, 20) + "-" + hex.substring(20, 32);
  }

  @Test
  void withNothingConfiguredThePolicyIsRootWorkspaceAndNoConfigFileIsNeeded() throws Exception {
    ScanRequest request = defaultMojo().prepare(root).request();
    assertThat(request.policy()).isEqualTo(Policy.defaults());
    assertThat(request.config()).isEqualTo(OverscopeConfig.empty());
  }

  @Test
  void failOnOverridesTheConfigurationFilesPolicy() throws Exception {
    Files.writeString(root.resolve(".overscope.yaml"), "policy:\n  fail-on: [root:context]\n");
    assertThat(defaultMojo().prepare(root).request().policy().describe()).isEqualTo("fails on root:context");
    CheckMojo mojo = defaultMojo();
    mojo.failOn = "broad:workspace, scoped:context";
    assertThat(mojo.prepare(root).request().policy().describe()).isEqualTo("fails on broad:workspace, scoped:context");
    mojo.failOn = "none";
    assertThat(mojo.prepare(root).request().policy().describe()).isEqualTo("never fails");
  }

  @Test
  void aMalformedFailOnNamesTheParameterAndTheExpectedShape() {
    CheckMojo mojo = defaultMojo();
    mojo.failOn = "root";
    assertThatThrownBy(() -> mojo.prepare(root).request()).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Overscope: parameter failOn (-Doverscope.failOn): ")
        .hasMessageContaining("SCOPE:REACH");
    mojo.failOn = "galactic:workspace";
    assertThatThrownBy(() -> mojo.prepare(root).request()).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("failOn").hasMessageContaining("galactic");
  }

  @Test
  void aConfigFileNamedExplicitlyMustExistAndResolvesAgainstTheScannedDirectory() throws Exception {
    CheckMojo mojo = defaultMojo();
    mojo.configFile = "ci/overscope.yaml";
    assertThatThrownBy(() -> mojo.prepare(root).request()).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Overscope configuration error: ")
        .hasMessageContaining("ci" + File.separator + "overscope.yaml: configuration file not found");
    Files.createDirectories(root.resolve("ci"));
    Files.writeString(root.resolve("ci/overscope.yaml"), "policy:\n  fail-on: [broad:context]\n");
    assertThat(mojo.prepare(root).request().policy().describe()).isEqualTo("fails on broad:context");
  }

  @Test
  void aBrokenConfigurationFileNamesFileLineAndField() throws Exception {
    Files.writeString(root.resolve(".overscope.yaml"),
        "policy:\n  fail-on: [root:workspace]\n  fail-of: [broad:context]\n");
    assertThatThrownBy(() -> defaultMojo().prepare(root).request()).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Overscope configuration error: " + root.resolve(".overscope.yaml") + ":3: ")
        .hasMessageContaining("policy.fail-of");
  }

  @Test
  void theBaselineComesFromTheParameterElseTheConfigurationElseTheOptionalDefaultFile() throws Exception {
    String accepted = "{\"version\": 1, \"findings\": [{\"id\": \"%s\", \"rule\": \"r\", \"path\": \"CLAUDE.md\","
        + " \"line\": 3}]}";
    assertThat(defaultMojo().prepare(root).request().baseline().isEmpty()).isTrue();
    Files.writeString(root.resolve(".overscope-baseline.json"), accepted.formatted("a".repeat(32)));
    assertThat(defaultMojo().prepare(root).request().baseline().contains("a".repeat(32))).isTrue();

    Files.writeString(root.resolve("team-baseline.json"), accepted.formatted("b".repeat(32)));
    Files.writeString(root.resolve(".overscope.yaml"), "baseline: team-baseline.json\n");
    assertThat(defaultMojo().prepare(root).request().baseline().contains("b".repeat(32))).isTrue();

    CheckMojo mojo = defaultMojo();
    mojo.baseline = "missing.json";
    assertThatThrownBy(() -> mojo.prepare(root)).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Overscope: baseline error: " + root.resolve("missing.json"))
        .hasMessageContaining("baseline file not found");
  }

  @Test
  void aMalformedBaselineIsNamedWithItsLine() throws Exception {
    Files.writeString(root.resolve(".overscope-baseline.json"), "[{\"id\": 1}]");
    assertThatThrownBy(() -> defaultMojo().prepare(root)).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Overscope: baseline error: " + root.resolve(".overscope-baseline.json") + ":1: ");
  }

  @Test
  void historyIsEveryRefByDefaultWhatABranchAddsWithSinceAndNoneWhenSwitchedOff() throws Exception {
    assertThat(defaultMojo().prepare(root).request().history()).isEqualTo(HistoryScope.allRefs());
    CheckMojo mojo = defaultMojo();
    mojo.since = "origin/main";
    ScanRequest request = mojo.prepare(root).request();
    assertThat(request.history()).isEqualTo(HistoryScope.since("origin/main"));
    assertThat(request.workingTree()).isTrue();
    mojo.scanHistory = false;
    assertThat(mojo.prepare(root).request().history().enabled()).isFalse();
  }

  @Test
  void timeoutSetsTheBudgetOverTheConfigurationAndABadOneNamesTheParameter() throws Exception {
    Files.writeString(root.resolve(".overscope.yaml"), "limits:\n  timeout: 10m\n");
    assertThat(defaultMojo().prepare(root).request().timeout()).contains(java.time.Duration.ofMinutes(10));
    CheckMojo mojo = defaultMojo();
    mojo.timeout = "90s";
    assertThat(mojo.prepare(root).request().timeout()).contains(java.time.Duration.ofSeconds(90));
    mojo.timeout = "ninety seconds";
    assertThatThrownBy(() -> mojo.prepare(root)).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Overscope: parameter timeout (-Doverscope.timeout): not a duration");
  }

  @Test
  void aScanThatRanOutOfTimeFailsTheBuildUnlessFailOnErrorIsFalse() throws Exception {
    for (int i = 0; i < 2000; i++) {
      Files.writeString(root.resolve("notes-" + i + ".txt"), "nothing here " + i + "\n");
    }
    CheckMojo mojo = defaultMojo();
    mojo.timeout = "1ms";
    ScanRequestFactory.Prepared prepared = mojo.prepare(root);
    ScanResult result = mojo.scanner(prepared).scan(prepared.request());
    assertThat(result.timedOut()).isTrue();
    assertThatThrownBy(() -> mojo.outOfTime(result)).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("Overscope: time budget of 1ms ran out after ")
        .hasMessageContaining("results are partial");
    mojo.failOnError = false;
    mojo.outOfTime(result); // a warning, and the build goes on
  }

  @Test
  void onlyTheTopLevelProjectScansUnlessPerModule() {
    MavenProject parent = project(root);
    MavenProject module = project(root.resolve("module-a"));
    assertThat(AbstractScanMojo.isTopLevel(parent, parent)).isTrue();
    assertThat(AbstractScanMojo.isTopLevel(module, parent)).isFalse();
  }

  @Test
  void theFailureMessageNamesEachViolationRedactedWithTheReportAndBothWaysToAccept() throws Exception {
    String token = fabricatedUuid();
    Files.writeString(root.resolve("CLAUDE.md"), "# Notes\nRAILWAY_API_TOKEN=" + token + "\n");
    CheckMojo mojo = defaultMojo();
    ScanRequestFactory.Prepared prepared = mojo.prepare(root);
    ScanResult result = mojo.scanner(prepared).scan(prepared.request());
    String id = result.violations().get(0).id();

    String message = new CheckReport(result, root).failureMessage(root.resolve("target/overscope.sarif"), null,
        root.resolve(".overscope-baseline.json"));

    assertThat(message.lines().toList()).containsSubsequence(
        "Overscope: 1 credential within agents' reach fails the policy (fails on root:workspace):",
        "  CLAUDE.md:2 Railway account or workspace API token — scope root, reach context (variable RAILWAY_API_TOKEN"
            + " holds account or workspace tokens (Railway CLI sends it as Bearer)) — secret " + token.substring(0, 4)
            + "…(36 chars), id " + id,
        "SARIF report: " + root.resolve("target/overscope.sarif"),
        "  - allow it with a reason in .overscope.yaml:",
        "        - fingerprints: [" + id + "]",
        "  - or accept every current finding into .overscope-baseline.json: mvn overscope:baseline");
    assertThat(message).doesNotContain(token.substring(4));
  }

  private static MavenProject project(Path dir) {
    MavenProject project = new MavenProject();
    project.setFile(dir.resolve("pom.xml").toFile());
    return project;
  }
}
