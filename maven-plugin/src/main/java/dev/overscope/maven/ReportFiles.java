package dev.overscope.maven;

import dev.overscope.core.scan.ScanResult;
import dev.overscope.report.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report file whole or not at all, so a failed build never leaves half a SARIF file for an upload step. */
final class ReportFiles {
  private ReportFiles() {}

  static void write(ScanResult result, ReportFormat format, Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, ".overscope-", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        format.writer(false).write(result, out);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
