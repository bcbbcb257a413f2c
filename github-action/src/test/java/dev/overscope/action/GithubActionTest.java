package dev.overscope.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action's steps under a simulated runner: a temporary repository for the checkout, an event payload, the
 * runner's files; the scan step's command line exactly as action.yml writes it, against the reactor's CLI jar.
 */
class GithubActionTest {
  private static final String ZERO = "0".repeat(40);
  private final String railway = TestRepository.fabricatedUuid(20261124);
  private final String olderRailway = TestRepository.fabricatedUuid(20250101);

  @TempDir
  Path checkout;
  @TempDir
  Path runnerTemp;

  private ActionFile action;

  @BeforeEach
  void readAction() throws Exception {
    assertThat(SimulatedRunner.JAR).as("the reactor builds the CLI jar before this module's tests").isRegularFile();
    action = ActionFile.read();
  }

  private SimulatedRunner.StepRun runAction(String event, String payload) throws Exception {
    return new SimulatedRunner(action, checkout, runnerTemp).runAction(event, payload, Map.of());
  }

  private static String pullRequest(RevCommit base, RevCommit head) throws Exception {
    return new ObjectMapper().writeValueAsString(Map.of(
        "pull_request", Map.of("number", 7, "base", Map.of("sha", base.name(), "ref", "main"),
            "head", Map.of("sha", head.name(), "ref", "agent/feature")),
        "repository", Map.of("default_branch", "main")));
  }

  @Test
  void aPullRequestThatAddsARailwayTokenToAgentsMdFailsWithAnAnnotationAndASummaryRow() throws Exception {
    RevCommit base;
    RevCommit head;
    try (TestRepository repo = TestRepository.init(checkout)) {
      base = repo.write("README.md", "# Service\n", "Initial commit");
      repo.branch("agent/feature");
      head = repo.write("AGENTS.md", "# Agents\n\nDeploy with:\nRAILWAY_API_TOKEN=" + railway + "\n",
          "Tell agents how to deploy");
    }

    SimulatedRunner.StepRun run = runAction("pull_request", pullRequest(base, head));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.stdout()).containsPattern("(?m)^::error file=AGENTS\\.md,line=4,");
    assertThat(run.summary()).contains("## Overscope: policy failed").contains("`AGENTS.md:4`")
        .contains("Railway");
    assertThat(run.outputs()).containsEntry("failed", "true").containsEntry("violations", "1")
        .containsEntry("sarif-file", checkout.resolve("overscope.sarif").toString())
        .containsEntry("sarif-category", "overscope/Overscope/scan");
    assertThat(checkout.resolve("overscope.sarif")).isRegularFile();
    assertThat(run.stdout() + run.stderr() + run.summary() + Files.readString(checkout.resolve("overscope.sarif")))
        .doesNotContain(railway);
    System.out.println("---- summary ----\n" + run.summary() + "---- annotations ----");
    run.stdout().lines().filter(line -> line.startsWith("::")).forEach(System.out::println);
  }

  @Test
  void aSecretAddedAndRemovedInsideThePullRequestIsStillReported() throws Exception {
    RevCommit base;
    RevCommit head;
    try (TestRepository repo = TestRepository.init(checkout)) {
      base = repo.write("README.md", "# Service\n", "Initial commit");
      repo.branch("agent/feature");
      repo.write(".env", "RAILWAY_API_TOKEN=" + railway + "\n", "Add deploy env");
      head = repo.delete(".env", "Oops, remove env");
    }

    SimulatedRunner.StepRun run = runAction("pull_request", pullRequest(base, head));

    // Reported with reach history; the default policy (root:workspace) fails only what agents can read now.
    assertThat(run.exitCode()).isZero();
    assertThat(run.outputs()).containsEntry("findings", "1").containsEntry("violations", "0");
    assertThat(run.summary()).contains("`.env:1 @ ").contains("`history`");

    SimulatedRunner.StepRun strict = new SimulatedRunner(action, checkout, runnerTemp)
        .runAction("pull_request", pullRequest(base, head), Map.of("fail-on", "root:history"));

    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.outputs()).containsEntry("violations", "1");
  }

  /** A pull request that only adds agent instructions without credentials; returns its event payload. */
  private String cleanPullRequest() throws Exception {
    RevCommit base;
    RevCommit head;
    try (TestRepository repo = TestRepository.init(checkout)) {
      base = repo.write("README.md", "# Service\n", "Initial commit");
      repo.branch("agent/feature");
      head = repo.write("AGENTS.md", "# Agents\n\nRun `make test` before pushing.\n", "Agent instructions");
    }
    return pullRequest(base, head);
  }

  @Test
  void aCleanPullRequestPasses() throws Exception {
    SimulatedRunner.StepRun run = runAction("pull_request", cleanPullRequest());

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.outputs()).containsEntry("failed", "false").containsEntry("findings", "0");
    assertThat(run.summary()).contains("## Overscope: policy passed");
  }

  @Test
  void aTimeBudgetThatRunsOutFailsTheCheckAsIncompleteNotAsPassed() throws Exception {
    SimulatedRunner.StepRun run = new SimulatedRunner(action, checkout, runnerTemp)
        .runAction("pull_request", cleanPullRequest(), Map.of("timeout", "1ms"));

    assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isEqualTo(3);
    assertThat(run.stdout() + run.stderr() + run.summary()).contains("time budget of 1ms ran out");
  }

  @Test
  void aPullRequestThatRemovesAnOlderSecretPasses() throws Exception {
    RevCommit base;
    RevCommit head;
    try (TestRepository repo = TestRepository.init(checkout)) {
      repo.write("README.md", "# Service\n", "Initial commit");
      base = repo.write("deploy.env", "RAILWAY_API_TOKEN=" + olderRailway + "\n", "Deploy settings");
      repo.branch("agent/cleanup");
      head = repo.delete("deploy.env", "Move the token to the CI secret store");
    }

    SimulatedRunner.StepRun run = runAction("pull_request", pullRequest(base, head));

    assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
    assertThat(run.outputs()).containsEntry("failed", "false").containsEntry("violations", "0");
  }

  @Test
  void aPushOfANewBranchScansOnlyTheCommitsTheDefaultBranchDoesNotHold() throws Exception {
    RevCommit after;
    try (TestRepository repo = TestRepository.init(checkout)) {
      repo.write("README.md", "# Service\n", "Initial commit");
      repo.write("deploy.env", "RAILWAY_API_TOKEN=" + olderRailway + "\n", "Deploy settings");
      RevCommit main = repo.delete("deploy.env", "Remove deploy settings");
      repo.remoteBranch("main", main);
      repo.branch("agent/feature");
      after = repo.write("AGENTS.md", "# Agents\n\nRAILWAY_API_TOKEN=" + railway + "\n", "Agent notes");
      repo.remoteBranch("agent/feature", after);
    }
    String payload = new ObjectMapper().writeValueAsString(Map.of("ref", "refs/heads/agent/feature",
        "before", ZERO, "after", after.name(), "created", true, "forced", false,
        "repository", Map.of("default_branch", "main")));

    SimulatedRunner.StepRun run = runAction("push", payload);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outputs()).containsEntry("violations", "1");
    assertThat(run.summary()).contains("AGENTS.md:3").doesNotContain("deploy.env")
        .contains("the new refs/heads/agent/feature's commits not on main");
  }

  @Test
  void aShallowCloneFailsWithOneLineAskingForFetchDepthZero() throws Exception {
    Path origin = runnerTemp.resolve("origin");
    RevCommit base;
    RevCommit head;
    try (TestRepository repo = TestRepository.init(origin)) {
      base = repo.write("README.md", "# Service\n", "Initial commit");
      repo.branch("agent/feature");
      head = repo.write("AGENTS.md", "# Agents\n", "Agent instructions");
    }
    Process clone = new ProcessBuilder("git", "clone", "-q", "--depth", "1", "file://" + origin,
        checkout.toString()).redirectErrorStream(true).start();
    assumeTrue(clone.waitFor(60, TimeUnit.SECONDS) && clone.exitValue() == 0, "git clone --depth 1 failed");

    SimulatedRunner.StepRun run = runAction("pull_request", pullRequest(base, head));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr().strip()).doesNotContain("\n")
        .startsWith("overscope: commit " + base.name().substring(0, 10) + " (the pull request's base) is not in"
            + " this clone: check out with fetch-depth: 0");
    assertThat(run.outputs()).containsEntry("failed", "true");
    assertThat(run.summary()).contains("fetch-depth: 0");
  }

  @Test
  void aMalformedEventFileIsAClearErrorWithExitCode2() throws Exception {
    try (TestRepository repo = TestRepository.init(checkout)) {
      repo.write("README.md", "# Service\n", "Initial commit");
    }

    SimulatedRunner.StepRun run = runAction("pull_request", "{\"pull_request\": {\"base\": ");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr().strip()).doesNotContain("\n").startsWith("overscope: the event payload ")
        .contains("is not valid JSON");
    assertThat(run.outputs()).containsEntry("failed", "true");
  }

  @Test
  void aRequestedVersionFailsClearlyUntilReleasesArePublished() throws Exception {
    SimulatedRunner runner = new SimulatedRunner(action, checkout, runnerTemp);
    Path event = Files.writeString(runnerTemp.resolve("event.json"), "{}");

    SimulatedRunner.StepRun run = runner.run(action.step("Check the requested version"), "push", event,
        Map.of("version", "1.0.0"), Map.of());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stdout()).startsWith("::error ").contains("releases are not published yet");
  }
}
