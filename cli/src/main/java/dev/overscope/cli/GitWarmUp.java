package dev.overscope.cli;

import dev.overscope.core.source.GitLocation;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens the git repository of the working directory on a background thread while picocli parses the command line,
 * and throws it away: JGit's first open initialises its file-system probes, configuration and message bundle, about
 * 50 ms of a one-file pre-commit scan that otherwise came after the parse. The scan then opens its own root's
 * repository, the same one in the usual case, with all of that done. Read-only, like the scan.
 */
final class GitWarmUp {
  private GitWarmUp() {}

  /** Starts the warm-up and returns at once; a daemon thread never keeps the JVM alive. */
  static void startInBackground() {
    Thread warmUp = new Thread(GitWarmUp::openWorkingDirectory, "overscope-git-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  private static void openWorkingDirectory() {
    try {
      GitLocation.find(Path.of("").toAbsolutePath());
    } catch (IOException | RuntimeException e) {
      // Not a repository, or a broken one: the scan itself reports what it finds, in one line.
    }
  }
}
