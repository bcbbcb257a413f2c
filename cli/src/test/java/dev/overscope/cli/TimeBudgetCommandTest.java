package dev.overscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.Scanner;
import dev.overscope.core.source.Blob;
import dev.overscope.core.source.BlobVisitor;
import dev.overscope.core.source.FileOrigin;
import dev.overscope.core.source.Source;
import dev.overscope.core.source.Tracking;
import dev.overscope.detectors.testing.FakeTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --timeout} and {@code limits.timeout}: a scan that runs out of time says so and never passes. */
class TimeBudgetCommandTest {
  private static final int FILES = 3000;

  @TempDir
  Path dir;

  /** Enough small files that reading them takes far longer than a millisecond. */
  private void plantManyCleanFiles() throws IOException {
    for (int i = 0; i < FILES; i++) {
      Path folder = Files.createDirectories(dir.resolve("d" + i % 30));
      Files.writeString(folder.resolve("f" + i + ".txt"), "nothing to see in file " + i + "\n");
    }
  }

  @Test
  void aBudgetThatRunsOutIsReportedEverywhereAndExitsThree() throws IOException {
    plantManyCleanFiles();
    Path json = dir.resolve("out/report.json");
    Path sarif = dir.resolve("out/report.sarif");

    CliRun run = CliRun.of("scan", dir.toString(), "--no-color", "--timeout", "1ms", "--json", json.toString(),
        "--sarif", sarif.toString(), "--annotations");

    assertThat(run.exitCode()).isEqualTo(ExitCode.SCAN_FAILED);
    assertThat(run.err().strip()).matches("overscope: time budget of 1ms ran out after \\d+ blobs: results are"
        + " partial");
    assertThat(run.out()).containsPattern("(?m)^incomplete: time budget of 1ms ran out after \\d+ blobs")
        .contains("Policy passed");
    JsonNode notices = new ObjectMapper().readTree(json.toFile()).path("notices");
    assertThat(notices.findValuesAsText("kind")).contains("time budget ran out");
    assertThat(run.out()).containsPattern("(?m)^::warning title=Overscope scan incomplete::time budget of 1ms");
    JsonNode invocation = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/invocations/0");
    assertThat(invocation.path("exitCode").asInt()).isEqualTo(ExitCode.SCAN_FAILED);
    assertThat(invocation.at("/toolExecutionNotifications/0/message/text").asText())
        .startsWith("The scan is incomplete (time budget ran out): time budget of 1ms ran out after");
    long scanned = Long.parseLong(run.err().replaceAll("(?s).*after (\\d+) blobs.*", "$1"));
    assertThat(scanned).isLessThan(FILES);
  }

  @Test
  void theConfigurationSetsTheBudgetAndTheFlagWins() throws IOException {
    plantManyCleanFiles();
    Files.writeString(dir.resolve(".overscope.yaml"), "limits:\n  timeout: 1ms\n");
    assertThat(CliRun.of("scan", dir.toString()).exitCode()).isEqualTo(ExitCode.SCAN_FAILED);
    CliRun generous = CliRun.of("scan", dir.toString(), "--no-color", "--timeout", "1h");
    assertThat(generous.exitCode()).isEqualTo(ExitCode.PASSED);
    assertThat(generous.out()).contains("Scanned " + (FILES + 1) + " files");
    assertThat(generous.err()).isEmpty();
  }

  @Test
  void aBaselineIsNotWrittenFromAScanThatRanOutOfTime() throws IOException {
    plantManyCleanFiles();
    Path baseline = dir.resolve("baseline.json");
    CliRun run = CliRun.of("baseline", "create", dir.toString(), "--timeout", "1ms", "--output", baseline.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.SCAN_FAILED);
    assertThat(run.err()).contains("results are partial", "was not written");
    assertThat(baseline).doesNotExist();
  }

  @Test
  void aTimeoutThatIsNotADurationIsAUsageError() {
    CliRun run = CliRun.of("scan", dir.toString(), "--timeout", "soon");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().strip()).isEqualTo("overscope: --timeout: not a duration: write a whole number and a unit,"
        + " e.g. 90s, 10m or 1h (ms, s, m, h)");
    CliRun yaml = configured("limits:\n  timeout: 0s\n");
    assertThat(yaml.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(yaml.err()).contains(".overscope.yaml:2: field 'limits.timeout': no time at all");
  }

  private CliRun configured(String yaml) {
    try {
      Files.writeString(dir.resolve(".overscope.yaml"), yaml);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return CliRun.of("scan", dir.toString());
  }

  @Test
  void aPolicyAlreadyFailedWhenTimeRanOutExitsOneOtherwiseThree() throws Exception {
    String railway = new FakeTokens(11).uuid();
    Scanner scanner = Scanner.builder().withInstalledPlugins().clock(new SecondPerRead()).build();
    ScanRequest request = ScanRequest.builder(dir).threads(1).timeout(Duration.ofSeconds(5)).build();
    Source secretFirst = files("RAILWAY_API_TOKEN=" + railway + "\n", ".env");
    Source clean = files("nothing here\n", "notes.txt");

    ScanResult failed = scanner.scan(request, List.of(secretFirst, manyClean()));
    ScanResult partial = scanner.scan(request, List.of(clean, manyClean()));

    assertThat(failed.timedOut()).isTrue();
    assertThat(failed.policyFailed()).isTrue();
    assertThat(ExitCode.of(failed)).isEqualTo(ExitCode.POLICY_FAILED);
    assertThat(partial.timedOut()).isTrue();
    assertThat(partial.findings()).isEmpty();
    assertThat(ExitCode.of(partial)).isEqualTo(ExitCode.SCAN_FAILED);
  }

  private static Source files(String content, String... paths) {
    return new Source() {
      @Override
      public String describe() {
        return "test files";
      }

      @Override
      public void read(BlobVisitor visitor) {
        for (String path : paths) {
          if (!visitor.wantsMore()) {
            return;
          }
          String text = content + "# " + path + "\n";
          visitor.visit(new Blob("id-" + path, text.getBytes(StandardCharsets.UTF_8)),
              new FileOrigin(path, Tracking.UNTRACKED));
        }
      }
    };
  }

  private static Source manyClean() {
    String[] paths = new String[100];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = "clean/" + i + ".txt";
    }
    return files("nothing here either\n", paths);
  }

  /** Moves on a second each time it is read: a five-second budget runs out at the fifth question. */
  private static final class SecondPerRead extends Clock {
    private final AtomicLong seconds = new AtomicLong();

    @Override
    public Instant instant() {
      return Instant.ofEpochSecond(1_750_000_000L + seconds.getAndIncrement());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
