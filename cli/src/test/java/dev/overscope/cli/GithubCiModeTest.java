package dev.overscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.detectors.testing.FakeTokens;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --ci github} in-process, with the runner's variables passed as a map. */
class GithubCiModeTest {
  private static final PersonIdent ADA = new PersonIdent("Ada Lovelace", "ada@example.org");
  private final String railway = new FakeTokens(20261125).uuid();

  @TempDir
  Path repo;
  @TempDir
  Path runner;

  private RevCommit commit(Git git, String file, String content) throws Exception {
    Files.writeString(repo.resolve(file), content);
    git.add().addFilepattern(file).call();
    return git.commit().setMessage("Change " + file).setAuthor(ADA).setCommitter(ADA).setSign(false).call();
  }

  private CliRun run(String event, String payload, String... extra) throws Exception {
    Path eventFile = Files.writeString(runner.resolve("event.json"), payload);
    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_EVENT_NAME", event);
    env.put("GITHUB_EVENT_PATH", eventFile.toString());
    env.put("GITHUB_WORKSPACE", repo.toString());
    env.put("GITHUB_OUTPUT", runner.resolve("output").toString());
    env.put("GITHUB_STEP_SUMMARY", runner.resolve("summary.md").toString());
    String[] args = new String[3 + extra.length];
    args[0] = "scan";
    args[1] = "--ci";
    args[2] = "github";
    System.arraycopy(extra, 0, args, 3, extra.length);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
    return new CliRun(code, out.toString(), err.toString());
  }

  private String summary() throws Exception {
    return Files.readString(runner.resolve("summary.md"));
  }

  private static String push(String ref, String before, String after, boolean forced) {
    return "{\"ref\":\"" + ref + "\",\"before\":\"" + before + "\",\"after\":\"" + after + "\",\"forced\":" + forced
        + ",\"repository\":{\"default_branch\":\"main\"}}";
  }

  @Test
  void aForcePushScansTheBranchsCommitsThatMainDoesNotHold() throws Exception {
    RevCommit main;
    RevCommit rewritten;
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      main = commit(git, "README.md", "# Service\n");
      git.checkout().setCreateBranch(true).setName("feature").call();
      rewritten = commit(git, "deploy.env", "RAILWAY_API_TOKEN=" + railway + "\n");
      var update = git.getRepository().updateRef("refs/remotes/origin/main");
      update.setNewObjectId(main);
      update.forceUpdate();
    }
    // The commit the branch pointed at before the force push is gone from the clone.
    String vanished = "1234567890abcdef1234567890abcdef12345678";

    CliRun run = run("push", push("refs/heads/feature", vanished, rewritten.name(), true), "--no-color");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.POLICY_FAILED);
    assertThat(summary()).contains("the force-pushed refs/heads/feature's commits not on main");
  }

  @Test
  void anUnforcedPushWhoseBeforeIsMissingAsksForFetchDepthZero() throws Exception {
    RevCommit after;
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      after = commit(git, "README.md", "# Service\n");
    }

    CliRun run = run("push", push("refs/heads/main", "1234567890abcdef1234567890abcdef12345678", after.name(), false));

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().strip()).doesNotContain("\n").contains("is not in this clone: check out with fetch-depth: 0");
    assertThat(Files.readString(runner.resolve("output"))).contains("failed=true");
  }

  @Test
  void baseEqualsHeadSaysSoAndScansTheWorkingTreeOnly() throws Exception {
    RevCommit head;
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      head = commit(git, "README.md", "# Service\n");
    }
    String payload = "{\"pull_request\":{\"base\":{\"sha\":\"" + head.name() + "\"},\"head\":{\"sha\":\""
        + head.name() + "\"}}}";

    CliRun run = run("pull_request", payload);

    assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED);
    assertThat(run.out()).contains("::notice title=Overscope::Nothing to scan in the history: no commits: base equals"
        + " head");
    assertThat(Files.readString(runner.resolve("output"))).contains("findings=0", "failed=false");
  }

  @Test
  void aScheduledRunScansEveryRef() throws Exception {
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      commit(git, "deploy.env", "RAILWAY_API_TOKEN=" + railway + "\n");
      git.rm().addFilepattern("deploy.env").call();
      git.commit().setMessage("Remove").setAuthor(ADA).setCommitter(ADA).setSign(false).call();
    }

    CliRun run = run("schedule", "{}", "--fail-on", "root:history");

    assertThat(run.exitCode()).isEqualTo(ExitCode.POLICY_FAILED);
    assertThat(summary()).contains("every ref's history (schedule event)");
  }

  @Test
  void misuseIsAUsageError() throws Exception {
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      commit(git, "README.md", "# Service\n");
    }
    CliRun gitlab = CliRun.of("scan", repo.toString(), "--ci", "gitlab");
    assertThat(gitlab.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(gitlab.err()).contains("the only CI system is 'github'");
    assertThat(run("push", "{}", "--since", "main").err()).contains("use --ci-history pr|full|none");
    assertThat(run("push", "{}", "--ci-history", "some").err()).contains("expected pr, full or none");
    CliRun noSha = run("push", "{\"before\": 5}");
    assertThat(noSha.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(noSha.err()).contains("the event payload has no commit id at before (found 5)");
  }
}
