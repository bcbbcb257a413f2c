package dev.overscope.core.scan;

import static dev.overscope.core.scan.HistoryTestRules.KEY_ONE;
import static dev.overscope.core.scan.HistoryTestRules.KEY_TWO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.TestRules;
import dev.overscope.core.policy.Policy;
import dev.overscope.core.source.Blob;
import dev.overscope.core.source.BlobVisitor;
import dev.overscope.core.source.FileOrigin;
import dev.overscope.core.source.Notice;
import dev.overscope.core.source.Source;
import dev.overscope.core.source.Tracking;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan with a time budget stops reading when it runs out and still reports what it found, saying the results are
 * partial. A clock that ticks one second per read makes the cut-off fall at the same blob every run.
 */
class TimeBudgetTest {
  private static final String KEY = "acme_Q7rT2mXk9LpZ4vNc8BwY3hJd";

  @TempDir
  Path dir;

  /** Yields its files in a fixed order, asking before each one as real sources do. */
  private static final class OrderedFiles implements Source {
    private final String name;
    private final List<String> contents;
    int yielded;

    OrderedFiles(String name, List<String> contents) {
      this.name = name;
      this.contents = contents;
    }

    @Override
    public String describe() {
      return "test files";
    }

    @Override
    public void read(BlobVisitor visitor) {
      for (int i = 0; i < contents.size() && visitor.wantsMore(); i++) {
        byte[] bytes = contents.get(i).getBytes(StandardCharsets.UTF_8);
        String id = name + "-" + i;
        visitor.visit(new Blob(id, bytes), new FileOrigin("file-" + id + ".txt", Tracking.NOT_IN_GIT));
        yielded++;
      }
    }
  }

  private static Scanner scanner(TickingClock clock) {
    return Scanner.builder().addRuleSource(TestRules.source(TestRules.acmeRoot())).clock(clock).build();
  }

  private static List<String> cleanFiles(int count) {
    return java.util.stream.IntStream.range(0, count).mapToObj(i -> "nothing here " + i + "\n").toList();
  }

  @Test
  void whenTheBudgetRunsOutTheSourcesStopAndWhatWasFoundIsStillReported() throws Exception {
    TickingClock clock = new TickingClock(Duration.ofSeconds(1));
    OrderedFiles first = new OrderedFiles("first", List.of("ACME_KEY=" + KEY + "\n"));
    OrderedFiles rest = new OrderedFiles("rest", cleanFiles(1000));
    ScanRequest request = ScanRequest.builder(dir).threads(1).timeout(Duration.ofSeconds(10)).build();

    ScanResult result = scanner(clock).scan(request, List.of(first, rest));

    // One read starts the budget; of the ten questions after it two are the scanner's (one before each source),
    // seven let a file through and the tenth finds the budget spent.
    assertThat(first.yielded + rest.yielded).isEqualTo(7);
    assertThat(result.findings()).singleElement()
        .satisfies(finding -> assertThat(finding.violation()).isTrue());
    assertThat(result.policyFailed()).isTrue();
    assertThat(result.timedOut()).isTrue();
    // What was read before the budget ran out is still scanned.
    assertThat(result.stats().blobsScanned()).isEqualTo(7);
    assertThat(result.notices()).filteredOn(notice -> notice.kind() == Notice.Kind.TIME_BUDGET).singleElement()
        .satisfies(notice -> assertThat(notice.message())
            .isEqualTo("time budget of 10s ran out after 7 blobs: results are partial"));
    assertThat(result.coverageLosses()).extracting(Notice::kind).containsExactly(Notice.Kind.TIME_BUDGET);
  }

  @Test
  void aBudgetThatDoesNotRunOutChangesNothing() throws Exception {
    TickingClock clock = new TickingClock(Duration.ofMillis(1));
    OrderedFiles all = new OrderedFiles("all", cleanFiles(50));

    ScanResult result = scanner(clock).scan(ScanRequest.builder(dir).timeout(Duration.ofHours(1)).build(),
        List.of(all));

    assertThat(all.yielded).isEqualTo(50);
    assertThat(result.timedOut()).isFalse();
    assertThat(result.notices()).isEmpty();
  }

  @Test
  void withoutABudgetTheClockIsNeverRead() throws Exception {
    TickingClock clock = new TickingClock(Duration.ofHours(1));
    ScanResult result = scanner(clock).scan(ScanRequest.of(dir), List.of(new OrderedFiles("all", cleanFiles(20))));
    assertThat(clock.reads()).isZero();
    assertThat(result.stats().blobsScanned()).isEqualTo(20);
  }

  @Test
  void theWorkingTreeWalkStopsWhenTheBudgetRunsOut() throws Exception {
    for (int i = 0; i < 200; i++) {
      Files.writeString(dir.resolve("note-" + i + ".txt"), "clean " + i + "\n");
    }
    TickingClock clock = new TickingClock(Duration.ofSeconds(1));
    ScanRequest request = ScanRequest.builder(dir).threads(1).timeout(Duration.ofSeconds(30)).build();

    ScanResult result = scanner(clock).scan(request);

    assertThat(result.timedOut()).isTrue();
    assertThat(result.stats().blobsScanned()).isBetween(1L, 40L);
    // The walk asked once per file and directory, then stopped: it did not go on reading the other 170 files.
    assertThat(clock.reads()).isLessThan(40);
  }

  @Test
  void theHistoryWalkStopsWhenTheBudgetRunsOutAndTheTreeFindingIsKept() throws Exception {
    try (GitFixture repo = GitFixture.init(dir)) {
      repo.write("old.env", "KEY=" + KEY_TWO + "\n").commit("Old key");
      repo.delete("old.env").commit("Remove old key");
      for (int i = 0; i < 60; i++) {
        repo.write("log.txt", "entry " + i + "\n").commit("Commit " + i);
      }
    }
    Files.writeString(dir.resolve(".env"), "KEY=" + KEY_ONE + "\n");
    ScanRequest request = ScanRequest.builder(dir).threads(1).policy(Policy.parse("broad:workspace"))
        .timeout(Duration.ofSeconds(90)).build();
    TickingClock clock = new TickingClock(Duration.ofSeconds(1));

    ScanResult unlimited = HistoryTestRules.scanner().scan(request.toBuilder().timeout(null).build());
    ScanResult result = Scanner.builder().addRuleSource(new HistoryTestRules()).clock(clock).build().scan(request);

    assertThat(unlimited.timedOut()).isFalse();
    assertThat(unlimited.findings()).hasSize(2);
    assertThat(result.timedOut()).isTrue();
    // The walk goes newest first: it ran out among the log versions, before the oldest commit's key.
    assertThat(result.stats().blobsScanned()).isBetween(20L, unlimited.stats().blobsScanned() - 10);
    assertThat(result.findings()).singleElement()
        .satisfies(finding -> assertThat(finding.primaryLocation().path()).isEqualTo(".env"));
    assertThat(result.policyFailed()).isTrue();
  }
}
