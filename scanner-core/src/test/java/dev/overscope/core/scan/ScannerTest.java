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
  void identicalFilesAreOneFindingReportedAtBothPaths() throws Exception {
    Files.writeString(root.resolve("a.env"), "K=" + KEY + "\n");
    Files.writeString(root.resolve("b.env"), "K=" + KEY + "\n");
    ScanResult result = scanner.scan(ScanRequest.of(root));
    // Outside git there is no history to pair files with, so files are keyed by path and not hashed.
    assertThat(result.stats().blobsScanned()).isEqualTo(2);
    assertThat(result.findings()).singleElement()
        .satisfies(finding -> assertThat(finding.locations()).hasSize(2));
  }

  @Test
  void anInlineAllowWithAReasonSuppressesThatFindingOnlyAndKeepsTheReason() throws Exception {
    String other = "acme_Z9yX8wV7uT6sR5qP4oN3mL2k";
    Files.writeString(root.resolve("app.py"), "KEY = '" + KEY + "'  # overscope:allow revoked in 2024, kept for tests\n"
        + "# overscope:allow  -->\n"
        + "OTHER = '" + other + "'\n");
    ScanResult result = scanner.scan(ScanRequest.of(root));
    Finding allowed = result.findings().stream().filter(f -> f.primaryLocation().span().startLine() == 1)
        .findFirst().orElseThrow();
    assertThat(allowed.suppression()).hasValueSatisfying(suppression -> {
      assertThat(suppression.kind()).isEqualTo(dev.overscope.core.finding.Suppression.Kind.INLINE);
      assertThat(suppression.justification()).isEqualTo("revoked in 2024, kept for tests");
    });
    Finding bare = result.findings().stream().filter(f -> f.primaryLocation().span().startLine() == 3)
        .findFirst().orElseThrow();
    assertThat(bare.suppression()).isEmpty();
    assertThat(bare.violation()).isTrue();
    assertThat(result.notices()).singleElement().satisfies(notice -> {
      assertThat(notice.kind()).isEqualTo(dev.overscope.core.source.Notice.Kind.ALLOW_WITHOUT_REASON);
      assertThat(notice.path()).isEqualTo("app.py");
      assertThat(notice.message()).contains("line 3", "without a reason does not suppress", bare.id());
      assertThat(notice.kind().lostCoverage()).isFalse();
    });
  }

  @Test
  void anAllowReasonQuotingASecretNeverCarriesItIntoTheReport() throws Exception {
    String other = "acme_Z9yX8wV7uT6sR5qP4oN3mL2k";
    Files.writeString(root.resolve("app.py"), "KEY = '" + KEY + "'  # overscope:allow same as " + other + "\n"
        + "OTHER = '" + other + "'\n");
    ScanResult result = scanner.scan(ScanRequest.of(root));
    Finding allowed = result.findings().stream().filter(f -> f.primaryLocation().span().startLine() == 1)
        .findFirst().orElseThrow();
    assertThat(allowed.suppression()).hasValueSatisfying(suppression ->
        assertThat(suppression.justification()).isEqualTo("same as acme_…(29 chars)"));
  }

  @Test
  void anAllowOnTheLineBeforeAppliesAndARealWordIsNotTheMarker() throws Exception {
    Files.writeString(root.resolve("a.env"), "# overscope:allow fixture for the parser tests\nK=" + KEY + "\n");
    Files.writeString(root.resolve("b.env"), "# overscope:allowed-values: none\nK=acme_Z9yX8wV7uT6sR5qP4oN3mL2k\n");
    ScanResult result = scanner.scan(ScanRequest.of(root));
    assertThat(result.findings()).hasSize(2).allSatisfy(finding -> assertThat(finding.suppression().isPresent())
        .isEqualTo(finding.primaryLocation().path().equals("a.env")));
  }

  @Test
  void allowlistRegexesMatchTheSecretOrItsLine() throws Exception {
    Files.writeString(root.resolve("a.txt"), "k=" + KEY + "\nlegacy=acme_Z9yX8wV7uT6sR5qP4oN3mL2k # rotated\n"
        + "live=acme_M1nB2vC3xZ4lK5jH6gF7dS8a\n");
    OverscopeConfig config = new OverscopeConfig(null, null, List.of(
        new OverscopeConfig.AllowEntry(null, null, List.of("^acme_Q7rT"), null, "the shared demo key"),
        new OverscopeConfig.AllowEntry(null, null, null, List.of("#\\s*rotated$"), "rotated keys")),
        null, null, null, null);
    ScanResult result = scanner.scan(ScanRequest.of(root).withConfig(config));
    assertThat(result.findings()).extracting(f -> f.suppression().map(s -> s.justification()).orElse("active"))
        .containsExactlyInAnyOrder("the shared demo key", "rotated keys", "active");
  }

  @Test
  void configuredAgentsDecideWhatIsContext() throws Exception {
    Files.writeString(root.resolve("AGENTS.md"), KEY + "\n");
    OverscopeConfig cursorOnly = new OverscopeConfig(null, List.of("cursor"), null, null, null, null, null);
    assertThat(scanner.scan(ScanRequest.of(root).withConfig(cursorOnly)).findings().get(0).reach())
        .isEqualTo(Reach.WORKSPACE);
    OverscopeConfig codex = new OverscopeConfig(null, List.of("CODEX"), null, null, null, null, null);
    assertThat(scanner.scan(ScanRequest.of(root).withConfig(codex)).findings().get(0).reach())
        .isEqualTo(Reach.CONTEXT);
  }

  @Test
  void severityOverridesApplyByRuleIdThenProvider() throws Exception {
    Files.writeString(root.resolve("a.txt"), KEY + "\n");
    OverscopeConfig byRule = new OverscopeConfig(new OverscopeConfig.PolicySection(null,
        java.util.Map.of("acme-root-key", "note", "acme", "warning")), null, null, null, null, null, null);
    assertThat(scanner.scan(ScanRequest.of(root).withConfig(byRule)).findings().get(0).severity())
        .isEqualTo(dev.overscope.core.policy.Severity.NOTE);
    OverscopeConfig byProvider = new OverscopeConfig(new OverscopeConfig.PolicySection(null,
        java.util.Map.of("ACME", "warning")), null, null, null, null, null, null);
    assertThat(scanner.scan(ScanRequest.of(root).withConfig(byProvider)).findings().get(0).severity())
        .isEqualTo(dev.overscope.core.policy.Severity.WARNING);
  }

  @Test
  void pathsIncludeAndExcludeDecideWhichFilesAreRead() throws Exception {
    Files.createDirectories(root.resolve("src/main"));
    Files.createDirectories(root.resolve("node_modules/pkg"));
    Files.createDirectories(root.resolve("docs/deep"));
    Files.writeString(root.resolve("src/main/a.env"), KEY + "\n");
    Files.writeString(root.resolve("node_modules/pkg/b.env"), KEY + "\n");
    Files.writeString(root.resolve("docs/c.md"), KEY + "\n");
    Files.writeString(root.resolve("docs/deep/d.md"), KEY + "\n");
    OverscopeConfig excluding = new OverscopeConfig(null, null, null, null, null, null,
        new OverscopeConfig.PathsSection(null, List.of("node_modules/**", "docs/*.md")));
    assertThat(scanner.scan(ScanRequest.of(root).withConfig(excluding)).findings().get(0).locations())
        .extracting(Location::path).containsExactlyInAnyOrder("src/main/a.env", "docs/deep/d.md");
    OverscopeConfig folder = new OverscopeConfig(null, null, null, null, null, null,
        new OverscopeConfig.PathsSection(null, List.of("docs")));
    assertThat(scanner.scan(ScanRequest.of(root).withConfig(folder)).findings().get(0).locations())
        .extracting(Location::path).doesNotContain("docs/c.md", "docs/deep/d.md").contains("node_modules/pkg/b.env");
    OverscopeConfig including = new OverscopeConfig(null, null, null, null, null, null,
        new OverscopeConfig.PathsSection(List.of("src/**"), null));
    ScanResult onlySrc = scanner.scan(ScanRequest.of(root).withConfig(including));
    assertThat(onlySrc.findings().get(0).locations()).extracting(Location::path).containsExactly("src/main/a.env");
    assertThat(onlySrc.stats().blobsScanned()).isEqualTo(1);
  }

  @Test
  void aBaselineRoundTripAcceptsKnownSecretsWhereverTheyMoveButNotANewSecretOnTheSameLine() throws Exception {
    Path file = root.resolve("app.env");
    Files.writeString(file, "K=" + KEY + "\n");
    ScanResult first = scanner.scan(ScanRequest.of(root));
    assertThat(first.policyFailed()).isTrue();
    for (String name : List.of("baseline.json", "baseline.yaml")) {
      Path baselineFile = root.resolve("out/" + name);
      dev.overscope.core.config.Baseline.of(first).write(baselineFile);
      assertThat(Files.readString(baselineFile)).contains(first.findings().get(0).id(), "app.env", "acme-root-key")
          .doesNotContain(KEY).doesNotContain(KEY.substring(5));
      dev.overscope.core.config.Baseline baseline = dev.overscope.core.config.Baseline.read(baselineFile);
      assertThat(baseline).isEqualTo(dev.overscope.core.config.Baseline.of(first));

      Files.writeString(file, "# moved\n\nK2=" + KEY + "\n");
      ScanResult moved = scanner.scan(ScanRequest.of(root).withBaseline(baseline));
      assertThat(moved.policyFailed()).isFalse();
      assertThat(moved.findings()).singleElement().satisfies(finding -> assertThat(finding.suppression())
          .hasValueSatisfying(s -> assertThat(s.kind()).isEqualTo(dev.overscope.core.finding.Suppression.Kind.BASELINE)));

      Files.writeString(file, "K=acme_Z9yX8wV7uT6sR5qP4oN3mL2k\n");
      ScanResult replaced = scanner.scan(ScanRequest.of(root).withBaseline(baseline));
      assertThat(replaced.policyFailed()).isTrue();
      Files.writeString(file, "K=" + KEY + "\n");
    }
  }

  @Test
  void anUpdatedBaselineKeepsTheFirstSeenCommitAnEarlierHistoryScanRecorded() throws Exception {
    Files.writeString(root.resolve("a.env"), "K=" + KEY + "\n");
    dev.overscope.core.config.Baseline today = dev.overscope.core.config.Baseline.of(scanner.scan(ScanRequest.of(root)));
    dev.overscope.core.config.Baseline.Entry entry = today.findings().get(0);
    dev.overscope.core.config.Baseline earlier = new dev.overscope.core.config.Baseline(1, List.of(
        new dev.overscope.core.config.Baseline.Entry(entry.id(), entry.rule(), "old/place.env", 9, "4b825dc6")));
    assertThat(today.keepingFirstSeenFrom(earlier).findings()).singleElement().satisfies(merged -> {
      assertThat(merged.firstSeenCommit()).isEqualTo("4b825dc6");
      assertThat(merged.path()).isEqualTo("a.env");
    });
  }

  @Test
  void aBrokenBaselineNamesTheFileAndLine() throws Exception {
    Path file = Files.writeString(root.resolve("b.json"), "{\"version\": 1,\n \"findings\": [{\"rule\": \"x\"}]}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.overscope.core.config.Baseline.read(file))
        .hasMessageContaining("b.json: field 'findings[0].id'");
    Path typo = Files.writeString(root.resolve("c.json"), "{\"version\": 1,\n \"finding\": []}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.overscope.core.config.Baseline.read(typo))
        .hasMessageContaining("c.json:2: unknown field 'finding' (known: findings, version)");
  }
}
