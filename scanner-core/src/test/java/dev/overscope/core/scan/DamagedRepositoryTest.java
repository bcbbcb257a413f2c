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
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repositories that are not whole: each costs one clear notice, and what can be scanned is scanned. */
class DamagedRepositoryTest {
  private static final Scanner SCANNER = HistoryTestRules.scanner();

  @TempDir Path dir;

  @Test
  void aShallowCloneSaysSoAndScansTheCommitsItHas() throws Exception {
    RevCommit boundary;
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("gone.env", "KEY=" + KEY_ONE + "\n").commit("Before the boundary");
      boundary = repo.delete("gone.env").write("kept.env", "KEY=" + KEY_TWO + "\n").commit("Boundary");
      repo.write("kept.env", "KEY=" + KEY_TWO + "\nMORE=1\n").commit("After");
    }
    // What `git clone --depth 2` leaves: the boundary commit is listed as shallow, its parents are not followed.
    Files.writeString(dir.resolve(".git/shallow"), boundary.name() + "\n");

    ScanResult result = SCANNER.scan(ScanRequest.of(dir).historyOnly(HistoryScope.allRefs()));

    assertThat(notices(result, Notice.Kind.HISTORY_INCOMPLETE)).singleElement().asString()
        .contains("shallow clone").contains("1 boundary commit");
    assertThat(result.findings()).hasSize(1);
    assertThat(result.findings().get(0).secretHash()).isNotBlank();
    assertThat(GitHistoryScanTest.commitOrigins(result.findings().get(0)))
        .extracting(CommitOrigin::path).containsExactly("kept.env");
  }

  @Test
  void aRepositoryWithoutCommitsSaysSoAndTheTreeIsStillScanned() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write(".env", "KEY=" + KEY_ONE + "\n");
    }

    ScanResult result = SCANNER.scan(ScanRequest.of(dir));

    assertThat(notices(result, Notice.Kind.NOTE)).singleElement().asString().contains("no commits yet");
    assertThat(result.findings()).hasSize(1);
  }

  @Test
  void aBareRepositoryIsScannedThroughItsHistory() throws Exception {
    Path work = dir.resolve("work");
    try (GitFixture repo = GitFixture.init(work)) {
      repo.write("key.env", "KEY=" + KEY_ONE + "\n").commit("Key");
    }
    Path bare = dir.resolve("bare.git");
    Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();

    ScanResult result = SCANNER.scan(ScanRequest.of(bare));

    assertThat(notices(result, Notice.Kind.NOTE)).singleElement().asString().contains("bare repository");
    assertThat(result.findings()).hasSize(1);
    CommitOrigin origin = GitHistoryScanTest.commitOrigins(result.findings().get(0)).get(0);
    assertThat(origin.path()).isEqualTo("key.env");
    assertThat(origin.provenance().refs()).contains("main");
  }

  @Test
  void aMissingBlobIsCountedAndTheRestIsScanned() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("lost.txt", "this blob will be lost\n").commit("Lost");
      repo.write("key.env", "KEY=" + KEY_ONE + "\n").commit("Key");
      repo.delete("lost.txt").delete("key.env").commit("Clean up");
    }
    // What a partial clone (--filter=blob:none) looks like for a blob never fetched.
    String lost = ObjectId.fromRaw(org.eclipse.jgit.lib.Constants.newMessageDigest()
        .digest("blob 23\0this blob will be lost\n".getBytes())).name();
    Files.delete(dir.resolve(".git/objects/" + lost.substring(0, 2) + "/" + lost.substring(2)));

    ScanResult result = SCANNER.scan(ScanRequest.of(dir));

    assertThat(notices(result, Notice.Kind.HISTORY_INCOMPLETE)).singleElement().asString()
        .contains("1 blob(s) missing");
    assertThat(result.findings()).hasSize(1);
    assertThat(result.coverageLosses()).hasSize(1);
  }

  @Test
  void aCorruptPackGivesANoticeNotACrash() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      for (int i = 0; i < 20; i++) {
        repo.write("file" + i + ".txt", ("line " + i + "\n").repeat(200)).commit("Commit " + i);
      }
      repo.git.gc().call();
    }
    Path pack;
    try (Stream<Path> files = Files.list(dir.resolve(".git/objects/pack"))) {
      pack = files.filter(file -> file.toString().endsWith(".pack")).findFirst().orElseThrow();
    }
    try (RandomAccessFile file = new RandomAccessFile(pack.toFile(), "rw")) {
      for (long at = file.length() / 3; at < file.length() - 40; at += 97) {
        file.seek(at);
        file.write(0x5a);
      }
    }

    ScanResult result = SCANNER.scan(ScanRequest.of(dir).historyOnly(HistoryScope.allRefs()));

    assertThat(notices(result, Notice.Kind.HISTORY_INCOMPLETE)).isNotEmpty()
        .allSatisfy(message -> assertThat(message).doesNotContain("\n").containsAnyOf("stopped", "could not"));
  }

  private static List<String> notices(ScanResult result, Notice.Kind kind) {
    return result.notices().stream().filter(notice -> notice.kind() == kind).map(Notice::message).toList();
  }
}
