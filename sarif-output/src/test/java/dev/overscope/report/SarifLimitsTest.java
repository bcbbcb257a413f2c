package dev.overscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overscope.core.engine.TextSpan;
import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Fingerprint;
import dev.overscope.core.finding.Location;
import dev.overscope.core.policy.Policy;
import dev.overscope.core.policy.Severity;
import dev.overscope.core.reach.Reach;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.ScanStats;
import dev.overscope.core.scan.Scanner;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import dev.overscope.core.source.FileOrigin;
import dev.overscope.core.source.Tracking;
import dev.overscope.report.sarif.SarifLimits;
import dev.overscope.report.sarif.SarifReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GitHub rejects a log over its limits whole: the writer stays under them, most severe first, and says so. */
class SarifLimitsTest {
  @TempDir
  Path root;

  private ScanResult manyFindings(int count, int locationsEach) {
    return SyntheticFindings.scan(root, count, locationsEach, Scope.READ_ONLY);
  }

  private static JsonNode write(ScanResult result, SarifLimits limits) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SarifReportWriter(Optional.empty(), limits).write(result, out);
    return new ObjectMapper().readTree(out.toByteArray()).path("runs").get(0);
  }

  @Test
  void overTheResultLimitTheMostSevereAreKeptAndANotificationSaysHowManyWereLeftOut() throws IOException {
    JsonNode run = write(manyFindings(30, 1), new SarifLimits(5, 1_000, 10, 9L << 20));
    assertThat(run.path("results")).hasSize(5);
    run.path("results").forEach(result -> assertThat(result.at("/properties/scope").asText()).isEqualTo("root"));
    assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText())
        .contains("5 most severe of 30 findings", "more than 5 results");
  }

  @Test
  void aResultKeepsAtMostTheLocationLimitAndCountsTheRest() throws IOException {
    JsonNode run = write(manyFindings(1, 12), new SarifLimits(100, 5, 10, 9L << 20));
    JsonNode result = run.at("/results/0");
    assertThat(result.path("relatedLocations")).hasSize(4);
    assertThat(result.at("/properties/omittedLocations").asInt()).isEqualTo(7);
  }

  @Test
  void theLogStopsBeforeTheCompressedSizeLimit() throws IOException {
    JsonNode run = write(manyFindings(2_000, 1), new SarifLimits(25_000, 1_000, 10, 64 * 1024));
    int kept = run.path("results").size();
    assertThat(kept).isBetween(1, 1_999);
    assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText())
        .contains(kept + " most severe of 2000", "10 MB");
  }

  @Test
  void aHundredThousandFindingsStreamIntoAnUploadableLog() throws IOException {
    ScanResult huge = manyFindings(100_000, 1);
    CountingGzip gzip = new CountingGzip();
    new SarifReportWriter().write(huge, gzip);
    gzip.finish();
    // GitHub's hard limit is 25,000 results: the log holds that many, and stays far under 10 MB compressed.
    assertThat(gzip.compressed()).as("gzip size").isLessThan(10L * 1024 * 1024);
    assertThat(gzip.raw()).as("uncompressed size").isGreaterThan(25_000L * 1_000);
    assertThat(gzip.results()).isEqualTo(25_000);
  }

  /** Keeps no bytes: counts them raw and gzip-compressed, and counts the results going past. */
  private static final class CountingGzip extends OutputStream {
    /** Starts with the only '"' in it, so a plain scan that restarts on a mismatch finds every occurrence. */
    private static final byte[] MARK = "\"ruleIndex\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private final Counter sink = new Counter();
    private final GZIPOutputStream gzip;
    private long raw;
    private int matched;
    private int results;

    CountingGzip() throws IOException {
      gzip = new GZIPOutputStream(sink);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      gzip.write(bytes, offset, length);
      raw += length;
      for (int i = offset; i < offset + length; i++) {
        matched = bytes[i] == MARK[matched] ? matched + 1 : (bytes[i] == MARK[0] ? 1 : 0);
        if (matched == MARK.length) {
          results++;
          matched = 0;
        }
      }
    }

    int results() {
      return results;
    }

    void finish() throws IOException {
      gzip.finish();
    }

    long raw() {
      return raw;
    }

    long compressed() {
      return sink.count;
    }
  }

  private static final class Counter extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      count += length;
    }
  }
}
