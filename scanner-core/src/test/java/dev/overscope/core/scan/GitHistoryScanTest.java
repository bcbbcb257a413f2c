package dev.overscope.core.scan;

import static dev.overscope.core.scan.HistoryTestRules.KEY_ONE;
import static dev.overscope.core.scan.HistoryTestRules.KEY_THREE;
import static dev.overscope.core.scan.HistoryTestRules.KEY_TWO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Location;
import dev.overscope.core.reach.Reach;
import dev.overscope.core.source.CommitOrigin;
import dev.overscope.core.source.FileOrigin;
import dev.overscope.core.source.HistoryScope;
import dev.overscope.core.source.Provenance;
import dev.overscope.core.source.SourceException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHistoryScanTest {
  private static final Scanner SCANNER = HistoryTestRules.scanner();

  @TempDir Path dir;

  @Test
  void keyDeletedLastYearIsFoundOnceAndNamesTheCommitThatAddedIt() throws Exception {
    RevCommit added;
    RevCommit removed;
    try (GitFixture repo = GitFixture.init(dir)) {
      added = repo.write("config/aws.env", "AWS_ACCESS_KEY_ID=" + KEY_ONE + "\nREGION=eu-west-1\n")
          .commit("Add deploy credentials\n\nso CI can push");
      repo.write("README.md", "# service\n").commit("Add readme");
      removed = repo.delete("config/aws.env").commit("Remove credentials");
    }

    ScanResult result = SCANNER.scan(ScanRequest.of(dir));

    assertThat(result.findings()).hasSize(1);
    Finding finding = result.findings().get(0);
    assertThat(finding.reach()).isEqualTo(Reach.HISTORY);
    assertThat(finding.locations()).hasSize(1);
    CommitOrigin origin = (CommitOrigin) finding.primaryLocation().origin();
    assertThat(origin.commit()).isEqualTo(added.name());
    assertThat(origin.path()).isEqualTo("config/aws.env");
    assertThat(origin.author()).isEqualTo("Ada Lovelace <ada@example.org>");
    assertThat(origin.time()).isEqualTo(GitFixture.DAY_ONE);
    assertThat(origin.subject()).isEqualTo("Add deploy credentials");
    assertThat(origin.provenance().atHead()).isEqualTo(Provenance.AtHead.REMOVED);
    assertThat(origin.provenance().removedIn()).contains(removed.name());
    assertThat(origin.provenance().refs()).containsExactly("main");
    assertThat(finding.primaryLocation().span().startLine()).isEqualTo(1);
  }

  @Test
  void theSameBlobOnFiftyBranchesIsReadOnceAndReportedOnce() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("README.md", "# service\n").commit("Start");
      for (int i = 0; i < 50; i++) {
        repo.branch("topic-" + i, "main").write("deploy/key.txt", "key=" + KEY_ONE + "\n").commit("Key " + i);
      }
    }

    ScanResult result = SCANNER.scan(ScanRequest.of(dir));

    // README and the key file: each unique content once, though 51 commits and the working tree hold them.
    assertThat(result.stats().blobsScanned()).isEqualTo(2);
    assertThat(result.findings()).hasSize(1);
    Finding finding = result.findings().get(0);
    assertThat(finding.reach()).isEqualTo(Reach.WORKSPACE);
    List<CommitOrigin> history = commitOrigins(finding);
    assertThat(history).hasSize(1);
    assertThat(history.get(0).provenance().refs()).hasSize(50).contains("topic-0", "topic-49");
    assertThat(history.get(0).provenance().atHead()).isEqualTo(Provenance.AtHead.PRESENT);
  }

  @Test
  void aSecretInTheTreeAndInHistoryIsScannedOnceWithBothOrigins() throws Exception {
    RevCommit added;
    try (GitFixture repo = GitFixture.init(dir)) {
      added = repo.write(".env", "KEY=" + KEY_ONE + "\n").commit("Add env");
      repo.write("app.txt", "hello\n").commit("App");
    }

    ScanResult result = SCANNER.scan(ScanRequest.of(dir));

    assertThat(result.stats().blobsScanned()).isEqualTo(2);
    Finding finding = result.findings().get(0);
    assertThat(result.findings()).hasSize(1);
    assertThat(finding.reach()).isEqualTo(Reach.WORKSPACE);
    assertThat(finding.locations()).extracting(location -> location.origin().getClass().getSimpleName())
        .containsExactlyInAnyOrder("FileOrigin", "CommitOrigin");
    CommitOrigin origin = commitOrigins(finding).get(0);
    assertThat(origin.commit()).isEqualTo(added.name());
    assertThat(origin.provenance().atHead()).isEqualTo(Provenance.AtHead.PRESENT);
  }

  @Test
  void aSecretKeptWhileOtherLinesChangeIsReportedAtTheCommitThatAddedIt() throws Exception {
    RevCommit added;
    RevCommit removed;
    try (GitFixture repo = GitFixture.init(dir)) {
      added = repo.write("settings.ini", "key=" + KEY_ONE + "\nretries=1\n").commit("Settings");
      repo.write("settings.ini", "key=" + KEY_ONE + "\nretries=2\n").commit("More retries");
      repo.write("settings.ini", "key=" + KEY_ONE + "\nretries=3\n").commit("Even more retries");
      removed = repo.write("settings.ini", "retries=3\n").commit("Drop the key");
    }

    ScanResult result = SCANNER.scan(ScanRequest.of(dir).historyOnly(HistoryScope.allRefs()));

    assertThat(result.stats().blobsScanned()).isEqualTo(4);
    assertThat(result.findings()).hasSize(1);
    List<CommitOrigin> history = commitOrigins(result.findings().get(0));
    assertThat(history).hasSize(1);
    assertThat(history.get(0).commit()).isEqualTo(added.name());
    assertThat(history.get(0).provenance().removedIn()).contains(removed.name());
  }

  @Test
  void sinceRefReportsOnlyWhatTheBranchAdds() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("old.env", "KEY=" + KEY_ONE + "\n").commit("Old key on main");
      repo.branch("feature", "main").write("new.env", "KEY=" + KEY_TWO + "\n").commit("New key");
      // The branch also copies the old key elsewhere: that content existed before the range.
      repo.write("copy.env", "KEY=" + KEY_ONE + "\n").commit("Copy old key");
    }

    ScanResult result = SCANNER.scan(ScanRequest.of(dir).historyOnly(HistoryScope.since("main")));

    assertThat(result.findings()).hasSize(1);
    CommitOrigin origin = commitOrigins(result.findings().get(0)).get(0);
    assertThat(origin.path()).isEqualTo("new.env");
    assertThat(origin.subject()).isEqualTo("New key");
  }

  @Test
  void aRangeReportsASecretAddedAndRemovedInsideItButNotOneFromBefore() throws Exception {
    RevCommit base;
    RevCommit tip;
    try (GitFixture repo = GitFixture.init(dir)) {
      base = repo.write("old.env", "KEY=" + KEY_ONE + "\n").commit("Old key");
      repo.write("oops.env", "KEY=" + KEY_TWO + "\n").commit("Oops");
      repo.delete("oops.env").commit("Undo oops");
      tip = repo.write("later.txt", "fine\n").commit("Later");
      repo.write("after.env", "KEY=" + KEY_THREE + "\n").commit("After the range");
    }

    ScanResult result = SCANNER.scan(
        ScanRequest.of(dir).historyOnly(HistoryScope.parseRange(base.name() + ".." + tip.name())));

    assertThat(result.findings()).hasSize(1);
    CommitOrigin origin = commitOrigins(result.findings().get(0)).get(0);
    assertThat(origin.path()).isEqualTo("oops.env");
    assertThat(origin.provenance().atHead()).isEqualTo(Provenance.AtHead.REMOVED);
  }

  @Test
  void anUnknownRevisionFailsWithAClearMessage() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("a.txt", "a\n").commit("A");
    }
    assertThatThrownBy(() -> SCANNER.scan(ScanRequest.of(dir).historyOnly(HistoryScope.since("no-such-branch"))))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("unknown revision 'no-such-branch'");
  }

  @Test
  void stagedScansWhatWouldBeCommittedNotTheWorkingTree() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("committed.env", "KEY=" + KEY_THREE + "\n").commit("Already committed");
      repo.write("src/app.env", "KEY=" + KEY_ONE + "\n").stage("src/app.env");
      // Edited after staging: the commit would still record the key.
      repo.write("src/app.env", "KEY=from-vault\n");
      repo.write("scratch.env", "KEY=" + KEY_TWO + "\n"); // untracked, not staged
    }

    ScanResult result = SCANNER.scan(ScanRequest.of(dir).historyOnly(HistoryScope.staged()));

    assertThat(result.findings()).hasSize(1);
    Location location = result.findings().get(0).primaryLocation();
    assertThat(location.origin()).isInstanceOf(FileOrigin.class);
    assertThat(location.path()).isEqualTo("src/app.env");
    assertThat(result.stats().blobsScanned()).isEqualTo(1);
  }

  @Test
  void allObjectsAlsoFindsABlobNoRefReaches() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("a.txt", "a\n").commit("A");
      try (var inserter = repo.git.getRepository().newObjectInserter()) {
        inserter.insert(org.eclipse.jgit.lib.Constants.OBJ_BLOB, ("KEY=" + KEY_TWO + "\n").getBytes());
        inserter.flush();
      }
    }

    ScanResult reachable = SCANNER.scan(ScanRequest.of(dir));
    ScanResult all = SCANNER.scan(ScanRequest.of(dir).withHistory(HistoryScope.allRefs().withAllObjects()));

    assertThat(reachable.findings()).isEmpty();
    assertThat(all.findings()).hasSize(1);
    CommitOrigin origin = (CommitOrigin) all.findings().get(0).primaryLocation().origin();
    assertThat(origin.inCommit()).isFalse();
    assertThat(origin.path()).startsWith("(unreachable blob ");
    assertThat(all.findings().get(0).reach()).isEqualTo(Reach.HISTORY);
  }

  @Test
  void theConfigurationsExcludedPathsAreLeftOutOfHistoryToo() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("vendor/lib/key.env", "KEY=" + KEY_ONE + "\n").write("app/key.env", "KEY=" + KEY_TWO + "\n")
          .commit("Keys");
      repo.delete("vendor/lib/key.env").delete("app/key.env").commit("No keys");
    }
    java.nio.file.Path config = dir.resolve(".overscope.yaml");
    java.nio.file.Files.writeString(config, "paths:\n  exclude: [\"vendor/**\"]\n");

    ScanResult result = SCANNER.scan(ScanRequest.of(dir)
        .withConfig(new dev.overscope.core.config.ConfigLoader().load(config)));

    assertThat(result.findings()).hasSize(1);
    assertThat(result.findings().get(0).primaryLocation().path()).isEqualTo("app/key.env");
  }

  @Test
  void historyDepthReadsOnlyTheNewestCommitsAndSaysSo() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("old.env", "KEY=" + KEY_ONE + "\n").commit("Old key");
      repo.delete("old.env").commit("Remove old key");
      repo.write("new.env", "KEY=" + KEY_TWO + "\n").commit("New key");
      repo.delete("new.env").commit("Remove new key");
    }
    java.nio.file.Path config = dir.resolve(".overscope.yaml");
    java.nio.file.Files.writeString(config, "limits:\n  history-depth: 2\n");

    ScanResult shallow = SCANNER.scan(ScanRequest.of(dir)
        .withConfig(new dev.overscope.core.config.ConfigLoader().load(config)));
    ScanResult full = SCANNER.scan(ScanRequest.of(dir));

    assertThat(shallow.findings()).singleElement()
        .satisfies(finding -> assertThat(finding.primaryLocation().path()).isEqualTo("new.env"));
    assertThat(shallow.notices()).anySatisfy(notice -> assertThat(notice.message())
        .contains("history read back 2 commits (limits.history-depth)"));
    assertThat(full.findings()).hasSize(2);
  }

  @Test
  void workingTreeOnlyLeavesHistoryAlone() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("key.env", "KEY=" + KEY_ONE + "\n").commit("Key");
      repo.delete("key.env").commit("No key");
    }
    assertThat(SCANNER.scan(ScanRequest.of(dir).withoutHistory()).findings()).isEmpty();
    assertThat(SCANNER.scan(ScanRequest.of(dir)).findings()).hasSize(1);
  }

  @Test
  void progressIsToldHowManyBlobsWereFoundAndScanned() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("a.txt", "a\n").commit("A");
      repo.write("a.txt", "b\n").commit("B");
    }
    AtomicLong found = new AtomicLong();
    AtomicLong scanned = new AtomicLong();
    SCANNER.scan(ScanRequest.of(dir).historyOnly(HistoryScope.allRefs()), (f, s) -> {
      found.set(f);
      scanned.set(s);
    });
    assertThat(found.get()).isEqualTo(2);
    assertThat(scanned.get()).isEqualTo(2);
  }

  @Test
  void historyOutsideAGitRepositoryIsAnErrorOnlyWhenAskedFor() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("a.env"), "KEY=" + KEY_ONE + "\n");
    assertThat(SCANNER.scan(ScanRequest.of(dir)).findings()).hasSize(1);
    assertThatThrownBy(() -> SCANNER.scan(ScanRequest.of(dir).historyOnly(HistoryScope.allRefs())))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("not in a git repository");
  }

  static List<CommitOrigin> commitOrigins(Finding finding) {
    return finding.locations().stream()
        .map(Location::origin)
        .filter(CommitOrigin.class::isInstance)
        .map(CommitOrigin.class::cast)
        .toList();
  }
}
