package dev.overscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.detectors.testing.FakeTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan command's history flags, on a real repository whose token was committed and later deleted. */
class HistoryFlagsTest {
  private final FakeTokens tokens = new FakeTokens(20261123);
  private final String railway = tokens.uuid();

  @TempDir
  Path dir;

  private RevCommit removal;

  private RevCommit commitThenDeleteToken() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      PersonIdent ada = new PersonIdent("Ada Lovelace", "ada@example.org");
      Files.writeString(dir.resolve(".env"), "RAILWAY_API_TOKEN=" + railway + "\n");
      git.add().addFilepattern(".").call();
      RevCommit added = git.commit().setMessage("Add env").setAuthor(ada).setCommitter(ada).setSign(false).call();
      git.rm().addFilepattern(".env").call();
      removal = git.commit().setMessage("Remove env").setAuthor(ada).setCommitter(ada).setSign(false).call();
      return added;
    }
  }

  @Test
  void aDeletedTokenIsFoundInHistoryByDefaultAndNamesItsCommit() throws Exception {
    RevCommit added = commitThenDeleteToken();

    CliRun run = CliRun.of("scan", dir.toString(), "--no-color");

    assertThat(run.out()).contains(".env:1", "in commit " + added.name().substring(0, 10), "reach history")
        .contains("removed in " + removal.name().substring(0, 10) + ", still in history");
    assertThat(run.out()).doesNotContain(railway);
  }

  @Test
  void noHistoryScansTheWorkingTreeOnly() throws Exception {
    commitThenDeleteToken();

    CliRun run = CliRun.of("scan", dir.toString(), "--no-color", "--no-history");

    assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED);
    assertThat(run.out()).doesNotContain(".env:1");
  }

  @Test
  void stagedScansTheIndexForAPreCommitHook() throws Exception {
    commitThenDeleteToken();
    Files.writeString(dir.resolve("deploy.env"), "RAILWAY_API_TOKEN=" + railway + "\n");
    try (Git git = Git.open(dir.toFile())) {
      git.add().addFilepattern("deploy.env").call();
    }

    CliRun run = CliRun.of("scan", dir.toString(), "--no-color", "--staged");

    assertThat(run.exitCode()).isEqualTo(ExitCode.POLICY_FAILED);
    assertThat(run.out()).contains("deploy.env:1").doesNotContain(".env:1 in commit");
  }

  @Test
  void sinceHeadReportsNothingNew() throws Exception {
    commitThenDeleteToken();

    CliRun run = CliRun.of("scan", dir.toString(), "--no-color", "--since", "HEAD~1");

    assertThat(run.exitCode()).isEqualTo(ExitCode.PASSED);
    assertThat(run.out()).doesNotContain(".env:1");
  }

  @Test
  void contradictoryHistoryFlagsAreAUsageError() throws Exception {
    commitThenDeleteToken();
    assertThat(CliRun.of("scan", dir.toString(), "--since", "main", "--staged").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(CliRun.of("scan", dir.toString(), "--no-history", "--history-only").exitCode())
        .isEqualTo(ExitCode.USAGE);
    assertThat(CliRun.of("scan", dir.toString(), "--range", "main").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void anUnknownRevisionFailsTheScanWithOneLine() throws Exception {
    commitThenDeleteToken();

    CliRun run = CliRun.of("scan", dir.toString(), "--since", "origin/nowhere");

    assertThat(run.exitCode()).isEqualTo(ExitCode.SCAN_FAILED);
    assertThat(run.err().strip()).contains("unknown revision 'origin/nowhere'").doesNotContain("\n");
  }
}
