package dev.overscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scope.Scope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown a pull-request comment or step summary shows. */
class MarkdownReportWriterTest {
  @TempDir
  Path root;

  private static String render(ScanResult result) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.MARKDOWN.writer(false).write(result, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aTableRowPerFindingThenWhatToDoThenAcceptedAndUnreadableFolded() throws Exception {
    String markdown = render(new RealisticScan().scan(root));
    assertThat(markdown).startsWith("## Overscope: policy failed\n\n**1 of 3 findings fails the policy** (fails on"
        + " root:workspace); 3 accepted. Rotate first");
    assertThat(markdown).contains("| Level | Secret | Scope | Reach | Where | Fingerprint |")
        .contains("| **error** (fails policy) | Railway account or workspace API token `1835…(36 chars)` | `root`"
            + " critical 9.5 | `workspace` | `config/.env:2` |")
        .contains("`AGENTS.md:3` (+2 more)")
        .contains("**What to do**")
        .contains("<details><summary>3 accepted (suppressed)</summary>")
        .contains("inline: read-only reporting key, rotated monthly")
        .contains("<details><summary>1 path could not be read</summary>")
        .contains("- `secrets/vault.json`: permission denied");
  }

  @Test
  void cellsCannotBreakTheTableOrInjectMarkup() {
    assertThat(dev.overscope.report.markdown.MarkdownAccess.cell("a|b <img src=x> *c*\nd"))
        .isEqualTo("a\\|b &lt;img src=x&gt; \\*c\\* d");
    assertThat(dev.overscope.report.markdown.MarkdownAccess.code("we`ird|name")).isEqualTo("``we`ird\\|name``");
  }

  @Test
  void longListsAreCutWithACount() throws IOException {
    String markdown = render(SyntheticFindings.scan(root, 80, 1, Scope.SCOPED));
    assertThat(markdown.lines().filter(line -> line.startsWith("| **"))).hasSize(50);
    assertThat(markdown).contains("… and 30 more: the SARIF and JSON reports list every finding.");
  }
}
