package dev.overscope.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.TestRules;
import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Location;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Working trees built to hurt: very many files, a 100 MB line, line ends and NUL bytes where none are expected. */
class HostileTreeTest {
  private static final String KEY = "acme_Q7rT2mXk9LpZ4vNc8BwY3hJd";

  @TempDir
  Path root;

  private final Scanner scanner = Scanner.builder().addRuleSource(TestRules.source(TestRules.acmeRoot())).build();

  @Test
  void aHundredThousandSmallFilesAreAllReadAndTheOneKeyAmongThemIsFound() throws Exception {
    for (int folder = 0; folder < 100; folder++) {
      Path dir = Files.createDirectories(root.resolve("pkg" + folder));
      for (int file = 0; file < 1000; file++) {
        String text = folder == 57 && file == 421 ? "ACME=" + KEY + "\n" : "entry " + folder + "/" + file + "\n";
        Files.writeString(dir.resolve("f" + file + ".txt"), text);
      }
    }

    ScanResult result = scanner.scan(ScanRequest.of(root));

    assertThat(result.stats().blobsScanned()).isEqualTo(100_000);
    assertThat(result.notices()).isEmpty();
    assertThat(result.findings()).singleElement().satisfies(finding ->
        assertThat(finding.primaryLocation().path()).isEqualTo("pkg57/f421.txt"));
  }

  @Test
  void aKeyAtTheEndOfAHundredMegabyteLineIsFoundAndItsSnippetStaysShort() throws Exception {
    Path minified = root.resolve("bundle.min.js");
    byte[] chunk = "var a=function(b){return b+1};".getBytes(StandardCharsets.US_ASCII);
    int repeats = 100_000_000 / chunk.length;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(minified), 1 << 16)) {
      for (int i = 0; i < repeats; i++) {
        out.write(chunk);
      }
      out.write(("var k=\"" + KEY + "\";\n").getBytes(StandardCharsets.US_ASCII));
    }
    long size = Files.size(minified);
    assertThat(size).isGreaterThan(100_000_000L);

    ScanResult result = scanner.scan(ScanRequest.builder(root).maxFileSize(128L << 20).build());

    Location where = result.findings().get(0).primaryLocation();
    assertThat(result.findings()).hasSize(1);
    assertThat(where.span().startLine()).isEqualTo(1);
    assertThat(where.span().startColumn()).isEqualTo(repeats * chunk.length + 8);
    assertThat(where.snippet()).hasSizeLessThan(300).doesNotContain(KEY.substring(5));
    // The default limit (25 MiB) passes the same file over, with a notice instead of a read.
    ScanResult limited = scanner.scan(ScanRequest.of(root));
    assertThat(limited.findings()).isEmpty();
    assertThat(limited.stats().skipped()).containsEntry(dev.overscope.core.source.Notice.Kind.TOO_LARGE, 1L);
  }

  @Test
  void windowsLineEndsKeepLineNumbersAndNeverReachTheSnippet() throws Exception {
    Files.writeString(root.resolve("settings.ini"), "[deploy]\r\nregion=eu\r\nkey=" + KEY + "\r\nretries=3\r\n");
    Finding finding = scanner.scan(ScanRequest.of(root)).findings().get(0);
    assertThat(finding.primaryLocation().span().startLine()).isEqualTo(3);
    assertThat(finding.primaryLocation().span().startColumn()).isEqualTo(5);
    assertThat(finding.primaryLocation().snippet()).startsWith("key=acme_").doesNotContain("\r");
  }

  @Test
  void nulBytesAfterTheFirst8000BytesDoNotHideAKey() throws Exception {
    // Git calls a file binary only for a NUL in its first 8000 bytes; so does the scan, and reads the rest.
    String text = "# notes\n".repeat(1200) + "padding\0\0\0 more\nkey=\0" + KEY + "\0\n";
    Files.write(root.resolve("notes.txt"), text.getBytes(StandardCharsets.ISO_8859_1));
    ScanResult result = scanner.scan(ScanRequest.of(root));
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.primaryLocation().span().startLine()).isEqualTo(1202);
      assertThat(finding.primaryLocation().snippet()).doesNotContain(KEY.substring(5));
    });
    Files.write(root.resolve("notes.txt"), ("\0" + text).getBytes(StandardCharsets.ISO_8859_1));
    assertThat(scanner.scan(ScanRequest.of(root)).findings()).isEmpty();
  }
}
