package dev.overscope.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** {@code overscope}: the parent of every subcommand. */
@Command(
    name = "overscope",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description = "Finds credentials in a repository and its history, says how much power each one carries and"
        + " which coding agents can read it.",
    footer = {"", ExitCode.HELP})
final class OverscopeCommand implements Runnable {
  /** The subcommands, in help order. {@link Main} adds only the one a command line names (see there why). */
  static final List<Class<?>> SUBCOMMANDS = List.of(ScanCommand.class, AgentsCommand.class, AuditCommand.class,
      BaselineCommand.class, ExplainCommand.class, RulesCommand.class, InitCommand.class, VersionCommand.class);

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
