package dev.overscope.cli;

import dev.overscope.core.scan.Version;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code overscope version}. */
@Command(name = "version", description = "Prints the version.")
final class VersionCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println("overscope " + Version.current());
    return ExitCode.PASSED;
  }

  /** Supplies {@code --version} for the top-level command. */
  static final class Provider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"overscope " + Version.current()};
    }
  }
}
