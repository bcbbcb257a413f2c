package dev.overscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scope.Scope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workflow commands the Actions runner turns into annotations: escaped as it expects, capped as GitHub shows. */
class GithubAnnotationsWriterTest {
  @TempDir
  Path root;

  private static List<String> render(ScanResult result) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.GITHUB.writer(false).write(result, out);
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void eachFindingIsOneEscapedCommandWithFileLineColumnsAndTitle() throws Exception {
    RealisticScan fixture = new RealisticScan();
    List<String> lines = render(fixture.scan(root));
    String agents = lines.stream().filter(line -> line.contains("file=AGENTS.md")).findFirst().orElseThrow();
    int end = 22 + fixture.github.length();
    assertThat(agents).startsWith("::error file=AGENTS.md,line=3,col=22,endLine=3,endColumn=" + end
        + ",title=GitHub classic personal access token (scope broad%2C reach context)::GitHub classic");
    // The message's line break is escaped, so the command stays on one line.
    assertThat(agents).contains("%0A").contains("ghp_…(40 chars)");
    assertThat(lines).anyMatch(line -> line.startsWith("::warning file=secrets/vault.json,title=Overscope could"
        + " not read this file::"));
    assertThat(lines).noneMatch(line -> line.contains("fixtures/.env"));
    assertThat(lines).allMatch(line -> line.startsWith("::"));
  }

  @Test
  void atMostTenPerLevelAreAnnotatedAndALastNoticeCountsTheRest() throws IOException {
    // 25 findings: 4 root (errors in the workspace), 21 scoped (warnings).
    List<String> lines = render(SyntheticFindings.scan(root, 25, 1, Scope.SCOPED));
    assertThat(lines.stream().filter(line -> line.startsWith("::error "))).hasSize(4);
    assertThat(lines.stream().filter(line -> line.startsWith("::warning "))).hasSize(10);
    assertThat(lines.get(lines.size() - 1)).startsWith("::notice title=Overscope%3A 11 more not annotated::");
    assertThat(lines).hasSizeLessThanOrEqualTo(30);
  }
}
