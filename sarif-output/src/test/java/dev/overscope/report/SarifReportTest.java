package dev.overscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.overscope.core.scan.ScanResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF of a realistic scan: what GitHub code scanning reads from it, and that it does not change by accident. */
class SarifReportTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/realistic-scan.sarif");

  @TempDir
  Path root;

  private final RealisticScan fixture = new RealisticScan();
  private ScanResult result;

  @BeforeEach
  void scan() throws Exception {
    result = fixture.scan(root);
  }

  private String render(ReportFormat format, ReportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.writer(options).write(result, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private JsonNode run() throws IOException {
    String sarif = render(ReportFormat.SARIF, ReportOptions.defaults().withSarifCategory("overscope/secrets"));
    return new ObjectMapper().readTree(sarif).path("runs").get(0);
  }

  private static JsonNode resultFor(JsonNode run, String path) {
    for (JsonNode result : run.path("results")) {
      if (result.at("/locations/0/physicalLocation/artifactLocation/uri").asText().equals(path)) {
        return result;
      }
    }
    throw new AssertionError("no result at " + path);
  }

  @Test
  void validatesAgainstTheOfficial210Schema() throws IOException {
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
    String sarif = render(ReportFormat.SARIF, ReportOptions.defaults().withSarifCategory("overscope/secrets"));
    List<Error> errors = schema.validate(sarif, InputFormat.JSON);
    assertThat(errors).isEmpty();
  }

  @Test
  void rulesCarryHelpTagsAndASecuritySeverityThatFollowsScopeAndReach() throws IOException {
    JsonNode run = run();
    JsonNode rules = run.at("/tool/driver/rules");
    JsonNode github = resultFor(run, "AGENTS.md");
    JsonNode rule = rules.get(github.path("ruleIndex").asInt());
    assertThat(rule.path("id").asText()).isEqualTo("github-classic-pat");
    assertThat(rule.at("/properties/tags").toString()).contains("security", "secret", "github", "external/cwe/cwe-798");
    // Broad scope loaded into agents' context: the highest of the rule's findings, critical in GitHub's bands.
    assertThat(rule.at("/properties/security-severity").asText()).isEqualTo("9.2");
    assertThat(rule.path("helpUri").asText()).endsWith("docs/rules.md#github-classic-pat");
    assertThat(rule.at("/help/markdown").asText()).contains("**Blast radius:** `broad`", "**Rotate and scope down:**",
        "**Keep it out of agents' reach:**");
    JsonNode railway = rules.get(resultFor(run, "config/.env").path("ruleIndex").asInt());
    assertThat(railway.at("/properties/security-severity").asText()).isEqualTo("9.5");
    assertThat(railway.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("Overscope");
    assertThat(run.at("/tool/driver/semanticVersion").asText()).isNotEmpty();
  }

  @Test
  void resultsNameProviderScopeReachAndEvidenceAndPointAtTheSecretPrecisely() throws IOException {
    JsonNode github = resultFor(run(), "AGENTS.md");
    assertThat(github.at("/level").asText()).isEqualTo("error");
    assertThat(github.at("/message/text").asText())
        .startsWith("GitHub classic personal access token — scope broad, reach context.").contains("ghp_…(40 chars)");
    JsonNode region = github.at("/locations/0/physicalLocation/region");
    assertThat(region.path("startLine").asInt()).isEqualTo(3);
    assertThat(region.path("startColumn").asInt()).isEqualTo(22);
    assertThat(region.path("endColumn").asInt()).isEqualTo(22 + fixture.github.length());
    assertThat(github.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(github.at("/locations/0/physicalLocation/contextRegion/snippet/text").asText())
        .isEqualTo("Use the deploy token ghp_…(40 chars) for releases.");
    assertThat(github.at("/partialFingerprints/overscopeSecret~1v1").asText()).hasSize(32);
    // the working-tree copy in "deploy notes.md", and the commit that first added AGENTS.md's copy
    assertThat(github.path("relatedLocations")).hasSize(2);
    assertThat(github.at("/relatedLocations/1/properties/reach").asText()).isEqualTo("history");
    assertThat(github.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("deploy%20notes.md");
    assertThat(github.at("/relatedLocations/0/physicalLocation/region/startLine").asInt()).isEqualTo(4);
  }

  @Test
  void suppressionsSayWhereTheyWereWrittenAndWhy() throws IOException {
    JsonNode run = run();
    assertThat(resultFor(run, "fixtures/.env").at("/suppressions/0/kind").asText()).isEqualTo("external");
    assertThat(resultFor(run, "fixtures/.env").at("/suppressions/0/justification").asText())
        .isEqualTo("fabricated for tests");
    assertThat(resultFor(run, "docs/billing.md").at("/suppressions/0/kind").asText()).isEqualTo("inSource");
    assertThat(resultFor(run, "docs/legacy.md").at("/suppressions/0/kind").asText()).isEqualTo("external");
    assertThat(resultFor(run, "docs/legacy.md").at("/suppressions/0/properties/source").asText())
        .isEqualTo("baseline");
    assertThat(resultFor(run, "AGENTS.md").has("suppressions")).isFalse();
  }

  @Test
  void historyFindingsCarryTheirCommitAndTheRunItsRepositoryAndCategory() throws Exception {
    JsonNode run = run();
    JsonNode history = resultFor(run, "scripts/release.sh");
    assertThat(history.at("/properties/reach").asText()).isEqualTo("history");
    assertThat(history.at("/properties/commit").asText()).startsWith("4f1c3e2a9b");
    assertThat(history.at("/properties/author").asText()).isEqualTo("Grace Hopper <grace@example.org>");
    assertThat(history.at("/properties/commitDate").asText()).isEqualTo("2025-11-02T17:45:00Z");
    JsonNode provenance = run.at("/versionControlProvenance/0");
    assertThat(provenance.path("repositoryUri").asText()).isEqualTo("https://github.com/acme/widgets.git");
    String head;
    try (var git = org.eclipse.jgit.api.Git.open(root.toFile())) {
      head = git.getRepository().resolve("HEAD").name();
    }
    assertThat(provenance.path("revisionId").asText()).isEqualTo(head);
    assertThat(provenance.path("branch").asText()).isEqualTo("main");
    assertThat(provenance.at("/mappedTo/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(run.at("/automationDetails/id").asText()).isEqualTo("overscope/secrets/");
  }

  @Test
  void unreadableFilesBecomeNotificationsOfASuccessfulInvocation() throws IOException {
    JsonNode invocation = run().at("/invocations/0");
    assertThat(invocation.path("executionSuccessful").asBoolean()).isTrue();
    assertThat(invocation.path("exitCode").asInt()).isEqualTo(1);
    JsonNode notification = invocation.at("/toolExecutionNotifications/0");
    // SARIF's default level is "warning", which java-sarif leaves out.
    assertThat(notification.path("level").asText("warning")).isEqualTo("warning");
    assertThat(notification.at("/message/text").asText()).contains("secrets/vault.json", "permission denied");
    assertThat(notification.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("secrets/vault.json");
  }

  @Test
  void pathsAreRelativeToTheRepositoryRootWhenASubdirectoryIsScanned() throws Exception {
    Path sub = root.resolve("service");
    Files.createDirectories(sub);
    Files.writeString(sub.resolve(".env"), "RAILWAY_API_TOKEN=" + fixture.tokens.uuid() + "\n");
    ScanResult inSub = dev.overscope.core.scan.Scanner.builder().withInstalledPlugins().build()
        .scan(dev.overscope.core.scan.ScanRequest.of(sub));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.SARIF.writer(false).write(inSub, out);
    JsonNode run = new ObjectMapper().readTree(out.toByteArray()).path("runs").get(0);
    assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("service/.env");
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo(root.toRealPath().toUri().toString());
  }

  @Test
  void noFormatCarriesAnyRawSecretOrTheRemotesPassword() throws IOException {
    ReportOptions options = ReportOptions.defaults().withSarifCategory("secrets");
    for (ReportFormat format : ReportFormat.values()) {
      String text = render(format, options);
      for (String secret : fixture.secrets()) {
        assertThat(text).as(format.label()).doesNotContain(secret)
            .doesNotContain(secret.substring(secret.length() - 12));
      }
    }
  }

  @Test
  void matchesTheGoldenFile() throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    JsonNode actual = normalised(mapper.readTree(render(ReportFormat.SARIF,
        ReportOptions.defaults().withSarifCategory("overscope/secrets"))));
    String actualText = mapper.writeValueAsString(actual) + "\n";
    if (Boolean.getBoolean("overscope.golden.update")) {
      Files.writeString(GOLDEN, actualText);
    }
    if (!Files.exists(GOLDEN)) {
      fail("missing " + GOLDEN + "; run with -Doverscope.golden.update=true to create it");
    }
    JsonNode expected = mapper.readTree(GOLDEN.toFile());
    if (!expected.equals(actual)) {
      Path written = Path.of("target/realistic-scan.actual.sarif");
      Files.createDirectories(written.getParent());
      Files.writeString(written, actualText);
      List<String> diff = firstDifferences(mapper.writeValueAsString(expected), actualText);
      fail("SARIF differs from " + GOLDEN + " (actual in " + written + "); first differing lines:\n"
          + String.join("\n", diff) + "\nIf the change is intended, rerun with -Doverscope.golden.update=true");
    }
  }

  /** Absolute paths and the build's version change from machine to machine; nothing else may. */
  static JsonNode normalised(JsonNode log) {
    ObjectNode run = (ObjectNode) log.path("runs").get(0);
    ((ObjectNode) run.path("originalUriBaseIds").path("%SRCROOT%")).put("uri", "file:///SRCROOT/");
    ObjectNode driver = (ObjectNode) run.path("tool").path("driver");
    driver.put("version", "VERSION").put("semanticVersion", "VERSION").put("fullName", "Overscope VERSION");
    return log;
  }

  private static List<String> firstDifferences(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.max(a.size(), b.size()) && out.size() < 10; i++) {
      String left = i < a.size() ? a.get(i) : "<none>";
      String right = i < b.size() ? b.get(i) : "<none>";
      if (!left.equals(right)) {
        out.add((i + 1) + ": expected " + left.strip() + " | actual " + right.strip());
      }
    }
    return out;
  }
}
