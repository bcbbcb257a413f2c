package dev.overscope.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.TestRules;
import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Location;
import dev.overscope.core.reach.AgentCatalog;
import dev.overscope.core.reach.AgentExposure;
import dev.overscope.core.reach.Reach;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerTest {
  private static final String KEY = "acme_Q7rT2mXk9LpZ4vNc8BwY3hJd";
  private static final AgentCatalog AGENTS_MD = path -> path.endsWith("AGENTS.md")
      ? List.of(new AgentExposure("Codex", Reach.CONTEXT, "Codex loads AGENTS.md"))
      : List.of();

  @TempDir
  Path root;

  private final Scanner scanner = Scanner.builder()
      .addRuleSource(TestRules.source(TestRules.acmeRoot()))
      .addAgentCatalog(AGENTS_MD)
      .build();

  @Test
  void oneSecretInManyFilesIsOneFindingWithEveryLocationClosestReachFirst() throws Exception {
    Files.writeString(root.resolve("notes.txt"), "key " + KEY + "\n");
    Files.createDirectories(root.resolve("svc"));
    Files.writeString(root.resolve("svc/AGENTS.md"), "use\n" + KEY + "\n");
    ScanResult result = scanner.scan(ScanRequest.of(root));
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.reach()).isEqualTo(Reach.CONTEXT);
      assertThat(finding.locations()).extracting(Location::path).containsExactly("svc/AGENTS.md", "notes.txt");
      assertThat(finding.primaryLocation().exposures()).extracting(AgentExposure::agent).containsExactly("Codex");
      assertThat(finding.violation()).isTrue();
    });
    assertThat(result.policyFailed()).isTrue();
  }

  @Test
  void reportsNeverCarryTheSecretUnlessAskedTo() throws Exception {
    Files.writeString(root.resolve("a.txt"), "x=" + KEY + " y=acme_Z9yX8wV7uT6sR5qP4oN3mL2k\n");
    ScanResult hidden = scanner.scan(ScanRequest.of(root));
    assertThat(hidden.findings()).hasSize(2).allSatisfy(finding -> {
      assertThat(finding.revealed()).isEmpty();
      assertThat(finding.redacted()).doesNotContain(KEY.substring(5));
      assertThat(finding.primaryLocation().snippet()).doesNotContain(KEY.substring(5))
          .doesNotContain("Z9yX8wV7uT6sR5qP4oN3mL2k");
    });
    ScanResult shown = scanner.scan(ScanRequest.of(root).withRevealSecrets(true));
    assertThat(shown.findings()).extracting(finding -> finding.revealed().orElseThrow()).contains(KEY);
  }

  @Test
  void anAllowlistedPathSuppressesTheFindingWithItsReasonAndThePolicyPasses() throws Exception {
    Files.createDirectories(root.resolve("fixtures"));
    Files.writeString(root.resolve("fixtures/tokens.txt"), KEY + "\n");
    OverscopeConfig config = new OverscopeConfig(null,
        List.of(new OverscopeConfig.AllowEntry(List.of("fixtures/**"), null, "fabricated test tokens")), null);
    ScanResult result = scanner.scan(ScanRequest.of(root).withConfig(config));
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.suppression()).hasValueSatisfying(s -> assertThat(s.justification()).contains("fabricated"));
      assertThat(finding.violation()).isFalse();
    });
    assertThat(result.policyFailed()).isFalse();
  }

  @Test
  void utf16WithAByteOrderMarkIsDecodedAndScanned() throws Exception {
    byte[] text = ("token " + KEY + "\n").getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[text.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(text, 0, withBom, 2, text.length);
    Files.write(root.resolve("windows.txt"), withBom);
    assertThat(scanner.scan(ScanRequest.of(root)).findings()).extracting(Finding::id).hasSize(1);
  }

  @Test
  void identicalFilesAreScannedOnceAndReportedAtBothPaths() throws Exception {
    Files.writeString(root.resolve("a.env"), "K=" + KEY + "\n");
    Files.writeString(root.resolve("b.env"), "K=" + KEY + "\n");
    ScanResult result = scanner.scan(ScanRequest.of(root));
    assertThat(result.stats().blobsScanned()).isEqualTo(1);
    assertThat(result.findings()).singleElement()
        .satisfies(finding -> assertThat(finding.locations()).hasSize(2));
  }
}
