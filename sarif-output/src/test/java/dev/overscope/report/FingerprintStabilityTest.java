package dev.overscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.Scanner;
import dev.overscope.detectors.testing.FakeTokens;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GitHub matches alerts across runs by partialFingerprints: a fingerprint of rule and secret must follow the secret
 * when lines move, and must never let one secret's suppression hide a different secret at the same spot.
 */
class FingerprintStabilityTest {
  private final FakeTokens tokens = new FakeTokens(7);
  private final String first = tokens.githubClassic();
  private final String second = tokens.githubClassic();

  @TempDir
  Path root;

  /** Start line of each result, by its fingerprint. */
  private Map<String, Integer> fingerprints() throws Exception {
    var result = Scanner.builder().withInstalledPlugins().build().scan(ScanRequest.of(root));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.SARIF.writer(false).write(result, out);
    Map<String, Integer> lines = new LinkedHashMap<>();
    for (JsonNode sarif : new ObjectMapper().readTree(out.toByteArray()).at("/runs/0/results")) {
      lines.put(sarif.at("/partialFingerprints/overscopeSecret~1v1").asText(),
          sarif.at("/locations/0/physicalLocation/region/startLine").asInt());
    }
    return lines;
  }

  @Test
  void twoSecretsOnOneLineGetTwoFingerprintsAndAMovedSecretKeepsItsOwn() throws Exception {
    Files.writeString(root.resolve("notes.txt"), "tokens " + first + " " + second + "\n");
    Map<String, Integer> before = fingerprints();
    assertThat(before).hasSize(2);
    assertThat(before.values()).containsOnly(1);

    Files.writeString(root.resolve("notes.txt"), "moved\n\n\ntokens " + first + "\n");
    Map<String, Integer> after = fingerprints();
    assertThat(after).hasSize(1);
    String moved = after.keySet().iterator().next();
    assertThat(before).containsKey(moved);
    assertThat(after.get(moved)).isEqualTo(4);

    Files.writeString(root.resolve("notes.txt"), "moved\n\n\ntokens " + second + "\n");
    // The other secret on the very same line and column is a different alert.
    assertThat(fingerprints().keySet()).doesNotContain(moved).containsAnyElementsOf(before.keySet());
  }
}
