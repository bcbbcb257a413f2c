package dev.overscope.cli;

import dev.overscope.core.scan.ScanProgress;
import java.io.PrintWriter;

/**
 * One self-rewriting line on standard error for long scans (a history of thousands of commits), shown only on a
 * terminal and only once a scan has run for two seconds, so short scans and redirected output stay clean.
 */
final class ProgressLine implements ScanProgress {
  private static final long QUIET_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private final long started = System.nanoTime();
  private boolean shown;

  private ProgressLine(PrintWriter err) {
    this.err = err;
  }

  /** A progress line when standard error is a terminal, else nothing. */
  static ScanProgress forTerminal(PrintWriter err) {
    return System.console() == null ? ScanProgress.NONE : new ProgressLine(err);
  }

  @Override
  public synchronized void update(long blobsFound, long blobsScanned) {
    if (System.nanoTime() - started < QUIET_NANOS) {
      return;
    }
    shown = true;
    err.printf("\roverscope: %,d files and history blobs found, %,d scanned ", blobsFound, blobsScanned);
    err.flush();
  }

  /** Clears the line, if one was shown. */
  synchronized void clear() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
