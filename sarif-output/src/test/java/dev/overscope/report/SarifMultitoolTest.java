package dev.overscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.Scanner;
import dev.overscope.detectors.testing.FakeTokens;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Microsoft's SARIF Multitool, with its SARIF best-practice rules and GitHub's ingestion rules ({@code --rule-kind
 * "Sarif;Gh"}), finds nothing to warn about in the log of a realistic scan. The tool comes from npm: {@code .ci/run}
 * installs it under {@code target/sarif-multitool}; elsewhere point {@code OVERSCOPE_SARIF_MULTITOOL} (or
 * {@code -Doverscope.sarif.multitool}) at the {@code Sarif.Multitool} binary. Without it the test is skipped, loudly.
 */
class SarifMultitoolTest {
  static final String INSTALLED_BY_CI =
      "../target/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool";

  @TempDir
  Path root;

  @TempDir
  Path work;

  static Optional<Path> multitool() {
    List<String> candidates = new ArrayList<>();
    Optional.ofNullable(System.getProperty("overscope.sarif.multitool")).ifPresent(candidates::add);
    Optional.ofNullable(System.getenv("OVERSCOPE_SARIF_MULTITOOL")).ifPresent(candidates::add);
    candidates.add(INSTALLED_BY_CI);
    return candidates.stream().filter(text -> !text.isBlank()).map(Path::of)
        .filter(Files::isRegularFile).filter(Files::isExecutable).findFirst();
  }

  @Test
  void theMultitoolReportsNoErrorAndNoWarningForARealisticScan() throws Exception {
    Optional<Path> tool = multitool();
    if (tool.isEmpty()) {
      System.err.println("SKIPPED SarifMultitoolTest: SARIF Multitool not found (set OVERSCOPE_SARIF_MULTITOOL, or"
          + " run .ci/run, which installs @microsoft/sarif-multitool under target/sarif-multitool)");
    }
    Assumptions.assumeTrue(tool.isPresent(), "SARIF Multitool not installed: set OVERSCOPE_SARIF_MULTITOOL");
    ScanResult result = new RealisticScan().scan(root);
    assertThat(validate(tool.get(), result, ReportOptions.defaults().withSarifCategory("overscope/secrets"))).isEmpty();
  }

  @Test
  void theMultitoolAlsoAcceptsTheLogOfADirectoryOutsideGit() throws Exception {
    Optional<Path> tool = multitool();
    Assumptions.assumeTrue(tool.isPresent(), "SARIF Multitool not installed: set OVERSCOPE_SARIF_MULTITOOL");
    FakeTokens tokens = new FakeTokens(99);
    Files.writeString(root.resolve(".env"), "RAILWAY_API_TOKEN=" + tokens.uuid() + "\n");
    Files.writeString(root.resolve("CLAUDE.md"), "Token: " + tokens.githubClassic() + "\n");
    ScanResult result = Scanner.builder().withInstalledPlugins().build().scan(ScanRequest.of(root));
    assertThat(result.findings()).hasSize(2);
    assertThat(validate(tool.get(), result, ReportOptions.defaults())).isEmpty();
  }

  private List<String> validate(Path tool, ScanResult result, ReportOptions options) throws Exception {
    Path sarif = Files.createTempFile(work, "overscope-", ".sarif");
    try (OutputStream out = Files.newOutputStream(sarif)) {
      ReportFormat.SARIF.writer(options).write(result, out);
    }
    Path report = Files.createTempFile(work, "validation-", ".sarif");
    Files.delete(report);
    Process process = new ProcessBuilder(tool.toAbsolutePath().toString(), "validate", sarif.toString(),
        "--output", report.toString(), "--rule-kind", "Sarif;Gh")
        .redirectErrorStream(true)
        .start();
    String console = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("multitool finished").isTrue();
    assertThat(report).as("multitool output; console said:\n" + console).exists();
    List<String> problems = problems(report);
    if (!problems.isEmpty()) {
      System.err.println("SARIF Multitool console:\n" + console);
    }
    return problems;
  }

  /** Every error or warning the tool reported (SARIF's default level is warning), as "RULE: message". */
  static List<String> problems(Path report) throws IOException {
    JsonNode run = new ObjectMapper().readTree(report.toFile()).path("runs").get(0);
    List<String> out = new ArrayList<>();
    for (JsonNode result : run.path("results")) {
      String level = result.path("level").asText("warning");
      if (level.equals("error") || level.equals("warning")) {
        out.add(result.path("ruleId").asText() + ": " + result.path("message").toString());
      }
    }
    for (JsonNode invocation : run.path("invocations")) {
      for (JsonNode notification : invocation.path("toolExecutionNotifications")) {
        if (notification.path("level").asText("warning").equals("error")) {
          out.add("tool error: " + notification.path("message").path("text").asText());
        }
      }
    }
    return out;
  }
}
