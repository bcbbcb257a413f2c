package dev.overscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.Scanner;
import dev.overscope.detectors.validators.GithubChecksum;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatsTest {
  private static final String BODY = "Zk3Jd9QwLm2Xp8Rt5Vb7Nc1Hs4Gf6A";
  private static final String GITHUB = "ghp_" + BODY + GithubChecksum.checksum(BODY);
  private static final String RAILWAY = "5b2e9c1d-7f3a-4e6b-9d8c-2a1f0e3b4c5d";

  @TempDir
  Path root;

  private ScanResult result;

  @BeforeEach
  void scanAFixtureWithActiveAndAllowedFindings() throws Exception {
    Files.writeString(root.resolve("AGENTS.md"), "token " + GITHUB + "\n");
    Files.writeString(root.resolve("deploy notes.md"), "Moved\n\n\nGITHUB_TOKEN=" + GITHUB + "\n");
    Files.createDirectories(root.resolve("fixtures"));
    Files.writeString(root.resolve("fixtures/.env"), "RAILWAY_API_TOKEN=" + RAILWAY + "\n");
    OverscopeConfig config = new OverscopeConfig(null,
        List.of(new OverscopeConfig.AllowEntry(List.of("fixtures/**"), null, "fabricated for tests")), null);
    result = Scanner.builder().withInstalledPlugins().build().scan(ScanRequest.of(root).withConfig(config));
  }

  private String render(ReportFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.writer(false).write(result, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void sarifValidatesAgainstTheOfficial210Schema() throws IOException {
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
    List<Error> errors = schema.validate(render(ReportFormat.SARIF), InputFormat.JSON);
    assertThat(errors).isEmpty();
  }

  @Test
  void sarifCarriesScopeReachFingerprintsAndSuppressions() throws IOException {
    JsonNode run = new ObjectMapper().readTree(render(ReportFormat.SARIF)).path("runs").get(0);
    JsonNode results = run.path("results");
    assertThat(results).hasSize(2);
    JsonNode github = results.get(0).path("ruleId").asText().equals("github-classic-pat") ? results.get(0) : results.get(1);
    assertThat(github.path("properties").path("scope").asText()).isEqualTo("broad");
    assertThat(github.path("properties").path("reach").asText()).isEqualTo("context");
    assertThat(github.path("partialFingerprints").path("overscopeSecret/v1").asText()).hasSize(32);
    assertThat(github.path("relatedLocations")).hasSize(1);
    assertThat(github.path("relatedLocations").get(0).path("physicalLocation").path("artifactLocation")
        .path("uri").asText()).isEqualTo("deploy%20notes.md");
    JsonNode railway = results.get(0) == github ? results.get(1) : results.get(0);
    assertThat(railway.path("suppressions").get(0).path("justification").asText()).isEqualTo("fabricated for tests");
    JsonNode rule = run.path("tool").path("driver").path("rules").get(github.path("ruleIndex").asInt());
    assertThat(rule.path("id").asText()).isEqualTo("github-classic-pat");
    assertThat(rule.path("properties").path("security-severity").asText()).isNotEmpty();
  }

  @Test
  void noFormatCarriesTheRawSecret() throws IOException {
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(render(format)).as(format.name()).doesNotContain(BODY).doesNotContain(RAILWAY.substring(4));
    }
  }

  @Test
  void jsonIsVersionedAndCountsViolations() throws IOException {
    JsonNode json = new ObjectMapper().readTree(render(ReportFormat.JSON));
    assertThat(json.path("schema").asText()).isEqualTo("overscope/report/v1");
    assertThat(json.path("summary").path("suppressed").asInt()).isEqualTo(1);
    assertThat(json.path("findings").get(0).path("locations").get(0).path("agents")).isNotEmpty();
  }

  @Test
  void textGroupsBySeverityAndEndsWithTheVerdict() throws IOException {
    String text = render(ReportFormat.TEXT);
    assertThat(text).startsWith("ERROR   AGENTS.md:1").contains("also at: deploy notes.md:4")
        .contains("1 allowed by configuration").contains("Policy passed");
  }
}
