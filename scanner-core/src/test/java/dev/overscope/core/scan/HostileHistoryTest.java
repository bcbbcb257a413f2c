package dev.overscope.core.scan;

import static dev.overscope.core.scan.HistoryTestRules.KEY_ONE;
import static dev.overscope.core.scan.HistoryTestRules.KEY_TWO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.source.CommitOrigin;
import dev.overscope.core.source.HistoryScope;
import dev.overscope.core.source.Notice;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Histories built to hurt: a commit message of 10 MB, a pack file cut in half. */
class HostileHistoryTest {
  private static final Scanner SCANNER = HistoryTestRules.scanner();

  @TempDir Path dir;

  @Test
  void aTenMegabyteCommitMessageIsReadAndTheKeyItsCommitAddsIsFound() throws Exception {
    String subject = "Deploy ".repeat(1_500_000); // 10.5 MB on one line: the subject is the whole of it
    RevCommit huge;
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("README.md", "# service\n").commit("Start");
      huge = repo.write("deploy.env", "KEY=" + KEY_ONE + "\n").commit(subject + "\n\n" + "body line\n".repeat(1000));
      repo.delete("deploy.env").commit("Remove the key");
    }

    ScanResult result = SCANNER.scan(ScanRequest.of(dir).historyOnly(HistoryScope.allRefs()));

    assertThat(result.notices()).isEmpty();
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      CommitOrigin origin = GitHistoryScanTest.commitOrigins(finding).get(0);
      assertThat(origin.commit()).isEqualTo(huge.name());
      assertThat(origin.path()).isEqualTo("deploy.env");
      // Reports carry the start of the subject, cut at a space, not 10 MB of it per location.
      assertThat(origin.subject()).startsWith("Deploy Deploy").hasSizeLessThanOrEqualTo(201).endsWith("Deploy…");
    });
  }

  @Test
  void aKeyPastedIntoCommitSubjectsIsRedactedThereAndACutSubjectNeverEndsInPartOfOne() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("deploy.env", "KEY=" + KEY_ONE + "\n").commit("Add " + KEY_ONE + " for the deploy job");
      repo.write("ci.env", "KEY=" + KEY_TWO + "\n").commit("x".repeat(185) + " CI key " + KEY_TWO);
    }

    ScanResult result = SCANNER.scan(ScanRequest.of(dir).historyOnly(HistoryScope.allRefs()));

    List<String> subjects = result.findings().stream()
        .flatMap(finding -> GitHistoryScanTest.commitOrigins(finding).stream()).map(CommitOrigin::subject).toList();
    assertThat(subjects)
        .containsExactlyInAnyOrder("Add AKIA…(20 chars) for the deploy job", "x".repeat(185) + " CI key…");
  }

  @Test
  void aPackCutInHalfCostsOneNoticeAndTheWorkingTreeIsStillScanned() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      for (int i = 0; i < 30; i++) {
        repo.write("file" + i + ".txt", ("line " + i + "\n").repeat(200)).commit("Commit " + i);
      }
      repo.write("old.env", "KEY=" + KEY_TWO + "\n").commit("Key");
      repo.git.gc().call();
    }
    Path pack;
    try (Stream<Path> files = Files.list(dir.resolve(".git/objects/pack"))) {
      pack = files.filter(file -> file.toString().endsWith(".pack")).findFirst().orElseThrow();
    }
    try (RandomAccessFile file = new RandomAccessFile(pack.toFile(), "rw")) {
      file.setLength(file.length() / 2);
    }
    Files.writeString(dir.resolve(".env"), "KEY=" + KEY_ONE + "\n");

    ScanResult result = SCANNER.scan(ScanRequest.of(dir));

    List<Notice> losses = result.coverageLosses();
    assertThat(losses).singleElement().satisfies(notice -> {
      assertThat(notice.kind()).isEqualTo(Notice.Kind.HISTORY_INCOMPLETE);
      assertThat(notice.message()).doesNotContain("\n");
    });
    assertThat(result.findings()).extracting(finding -> finding.primaryLocation().path()).contains(".env");
  }
}
