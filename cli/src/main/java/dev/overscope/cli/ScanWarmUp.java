package dev.overscope.cli;

import dev.overscope.core.config.ConfigException;
import dev.overscope.core.config.ConfigLoader;
import dev.overscope.core.source.GitLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads what a scan of the working directory reads first, on one background thread while picocli parses the
 * command line, and throws it away: the configuration, when there is one (Jackson's and SnakeYAML's first use; a
 * second reader then takes 15 ms), then the git repository (JGit's file-system probes, configuration and message
 * bundle). The scan then reads its own root's, the same in the usual case, with the classes loaded and initialised.
 * In that order because the scan needs them in that order; a thread for each was slower on two cores, as was the
 * repository first. A one-file pre-commit scan with a configuration answered 60-80 ms sooner. Read-only, like the
 * scan; whatever fails here, the scan reports itself.
 */
final class ScanWarmUp {
  private ScanWarmUp() {}

  /** Starts the warm-up and returns at once; a daemon thread never keeps the JVM alive. */
  static void startInBackground() {
    Thread warmUp = new Thread(ScanWarmUp::readWorkingDirectory, "overscope-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  private static void readWorkingDirectory() {
    Path directory = Path.of("").toAbsolutePath();
    try {
      if (Files.isRegularFile(directory.resolve(ConfigLoader.FILE_NAME))) {
        new ConfigLoader().loadFromRoot(directory);
      }
    } catch (ConfigException | RuntimeException e) {
      // A broken configuration: the scan reports it, in one line.
    }
    try {
      GitLocation.find(directory);
    } catch (IOException | RuntimeException e) {
      // Not a repository, or a broken one: the scan itself reports what it finds.
    }
  }
}
