package dev.overscope.cli;

import dev.overscope.core.scan.ScanResult;
import dev.overscope.report.ReportFormat;
import dev.overscope.report.ReportOptions;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Writes reports to standard output or to files, streaming either way; a file is replaced whole or not at all.
 */
final class ReportOutput {
  private final PrintWriter stdout;

  ReportOutput(PrintWriter stdout) {
    this.stdout = stdout;
  }

  void write(ScanResult result, ReportFormat format, Optional<Path> file, ReportOptions options) throws IOException {
    if (file.isEmpty()) {
      try (OutputStream out = new WriterOutputStream(stdout)) {
        format.writer(options).write(result, out);
      }
      return;
    }
    Path target = file.get().toAbsolutePath();
    Path parent = target.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path temporary = Files.createTempFile(parent, ".overscope-", ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        format.writer(options).write(result, out);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
