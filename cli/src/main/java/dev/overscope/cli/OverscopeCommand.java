package dev.overscope.cli;

import picocli.CommandLine.Command;

/** {@code overscope}: the parent of every subcommand. */
@Command(
    name = "overscope",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description = "Finds credentials in a repository and its history, says how much power each one carries and"
        + " which coding agents can read it.",
    subcommands = {ScanCommand.class, AgentsCommand.class, AuditCommand.class, BaselineCommand.class,
        ExplainCommand.class, RulesCommand.class, InitCommand.class, VersionCommand.class},
    footer = {"", ExitCode.HELP})
final class OverscopeCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
