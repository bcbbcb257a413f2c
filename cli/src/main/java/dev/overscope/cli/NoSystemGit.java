package dev.overscope.cli;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * JGit as the CLI runs it: without the system git configuration. To find that file JGit starts the {@code git}
 * command twice ({@code git --version}, {@code git config --system --list}), which cost a pre-commit scan about
 * 40 ms and is a process the scanner has no need to run: reading objects does not depend on it. Set once in
 * {@link Main}, which owns the process; the Maven plugin leaves the JVM it shares with other plugins alone.
 */
final class NoSystemGit extends SystemReader.Delegate {
  private NoSystemGit(SystemReader defaults) {
    super(defaults);
  }

  static void install() {
    SystemReader.setInstance(new NoSystemGit(SystemReader.getInstance()));
  }

  @Override
  public String getenv(String variable) {
    return "GIT_CONFIG_NOSYSTEM".equals(variable) ? "1" : super.getenv(variable);
  }

  /** An empty, never outdated system configuration, as JGit itself makes under {@code GIT_CONFIG_NOSYSTEM}. */
  @Override
  public FileBasedConfig openSystemConfig(Config parent, FS fs) {
    return new FileBasedConfig(parent, null, fs) {
      @Override
      public void load() {
        // nothing to read
      }

      @Override
      public boolean isOutdated() {
        return false;
      }
    };
  }
}
