package dev.overscope.cli;

import dev.overscope.core.scan.ScanResult;
import dev.overscope.report.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Writes reports to standard output or to files; a file is replaced whole or not at all. */
final class ReportOutput {
  private final PrintWriter stdout;

  ReportOutput(PrintWriter stdout) {
    this.stdout = stdout;
  }

  void write(ScanResult result, ReportFormat format, Optional<Path> file, boolean colour) throws IOException {
    if (file.isEmpty()) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      format.writer(colour).write(result, buffer);
      stdout.print(buffer.toString(StandardCharsets.UTF_8));
      stdout.flush();
      return;
    }
    Path target = file.get().toAbsolutePath();
    Path parent = target.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path temporary = Files.createTempFile(parent, ".overscope-", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        format.writer(colour).write(result, out);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
