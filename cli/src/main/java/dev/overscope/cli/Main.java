package dev.overscope.cli;

import dev.overscope.core.source.Messages;
import dev.overscope.detectors.BuiltinKnowledge;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of the runnable jar: runs the command and exits with its code. */
public final class Main {
  /** The subcommands that load the catalogue; version, init and help never wait for it. */
  private static final java.util.Set<String> LOADS_CATALOGUE =
      java.util.Set.of("scan", "baseline", "explain", "agents", "audit", "rules");

  private Main() {}

  public static void main(String[] args) {
    boolean scans = args.length > 0 && LOADS_CATALOGUE.contains(args[0]);
    if (scans) {
      BuiltinKnowledge.warmInBackground();
    }
    NoSystemGit.install();
    if (scans) {
      ScanWarmUp.startInBackground(); // after NoSystemGit, which must be in place before JGit's first use
    }
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams; never throws, never prints a stack trace. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, System.getenv());
  }

  /**
   * The subcommand the first argument names, or all of them for help and usage errors. Picocli reflects over every
   * option of every subcommand it is given: 0.36 s of a one-file pre-commit scan's start went into specs of commands
   * that were not run.
   */
  static List<Class<?>> subcommandsFor(String[] args) {
    if (args.length > 0) {
      for (Class<?> subcommand : OverscopeCommand.SUBCOMMANDS) {
        if (subcommand.getAnnotation(CommandLine.Command.class).name().equals(args[0])) {
          return List.of(subcommand);
        }
      }
    }
    return OverscopeCommand.SUBCOMMANDS;
  }

  /**
   * Runs the command line with the given streams and environment variables (what {@code --ci github} reads), so
   * that a test can simulate a CI runner in-process.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine commandLine = new CommandLine(new OverscopeCommand(), new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == ScanCommand.class ? type.cast(new ScanCommand(environment)) : defaults.create(type);
      }
    });
    for (Class<?> subcommand : subcommandsFor(args)) {
      commandLine.addSubcommand(subcommand);
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler((ex, arguments) -> {
      err.println("overscope: " + Messages.oneLine(ex));
      err.println("Try 'overscope --help'.");
      return ExitCode.USAGE;
    });
    commandLine.setExecutionExceptionHandler((ex, line, parsed) -> {
      if (ex instanceof UsageException) {
        err.println("overscope: " + ex.getMessage());
        return ExitCode.USAGE;
      }
      err.println("overscope: the scan failed: " + Messages.oneLine(ex)
          + " (" + ex.getClass().getSimpleName() + ")");
      return ExitCode.SCAN_FAILED;
    });
    try {
      return commandLine.execute(args);
    } catch (RuntimeException | OutOfMemoryError e) {
      err.println("overscope: the scan failed: " + Messages.oneLine(e));
      return ExitCode.SCAN_FAILED;
    }
  }
}
