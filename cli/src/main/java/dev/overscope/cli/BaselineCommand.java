package dev.overscope.cli;

import dev.overscope.core.config.Baseline;
import dev.overscope.core.config.ConfigException;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.source.SourceException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code overscope baseline create|update}: writes today's findings down as accepted, by fingerprint. */
@Command(
    name = "baseline",
    description = "Records the current findings as accepted, so that scans report only new ones. The file holds"
        + " fingerprints (rule and secret hash), paths and lines, never a secret.",
    subcommands = {BaselineCommand.Create.class, BaselineCommand.Update.class})
final class BaselineCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** What create and update share: the path, the output file and the scan options. */
  abstract static class Writing implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
        description = "Directory to scan (default: the current directory).")
    Path path;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "Baseline file; .yaml or .yml writes YAML, anything else JSON (default: the configuration's"
            + " 'baseline:', else " + Baseline.DEFAULT_FILE_NAME + " in PATH).")
    Path output;

    @CommandLine.Mixin
    ScanOptions options = new ScanOptions();

    @Override
    public Integer call() throws Exception {
      Path root = ScanOptions.root(path);
      ScanOptions.Prepared prepared = options.prepare(root, false);
      Path target = output != null ? output
          : prepared.config().baselineFile().map(Path::of).orElse(root.resolve(Baseline.DEFAULT_FILE_NAME));
      Baseline previous = previous(target);
      ScanResult result;
      try {
        result = prepared.scanner().scan(prepared.request().withBaseline(previous));
      } catch (SourceException e) {
        spec.commandLine().getErr().println("overscope: " + e.getMessage());
        return ExitCode.SCAN_FAILED;
      }
      if (result.timedOut()) {
        // A baseline of part of the findings would make the rest look new later: write none.
        ScanCommand.sayWhenOutOfTime(spec.commandLine().getErr(), result);
        spec.commandLine().getErr().println("overscope: " + target + " was not written: the scan did not finish");
        return ExitCode.SCAN_FAILED;
      }
      Baseline next = Baseline.of(result).keepingFirstSeenFrom(previous);
      try {
        next.write(target);
      } catch (IOException e) {
        throw new UsageException("cannot write " + target + ": " + e.getMessage());
      }
      report(spec.commandLine().getOut(), target, previous, next);
      return ExitCode.PASSED;
    }

    /** The baseline the new one starts from. */
    abstract Baseline previous(Path target) throws UsageException;

    private static void report(PrintWriter out, Path target, Baseline previous, Baseline next) {
      Set<String> before = new HashSet<>();
      previous.findings().forEach(entry -> before.add(entry.id()));
      Set<String> after = new HashSet<>();
      next.findings().forEach(entry -> after.add(entry.id()));
      long added = after.stream().filter(id -> !before.contains(id)).count();
      long removed = before.stream().filter(id -> !after.contains(id)).count();
      out.printf("Wrote %d accepted finding(s) to %s (%d added, %d no longer found).%n", next.findings().size(),
          target, added, removed);
      out.println("Scans with this baseline report only findings not in it; review it like code.");
    }
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Scans PATH and writes every finding to a new baseline file.")
  static final class Create extends Writing {
    @Option(names = "--force", description = "Replace an existing baseline file.")
    boolean force;

    @Override
    Baseline previous(Path target) throws UsageException {
      if (Files.exists(target) && !force) {
        throw new UsageException(target + " exists; use 'overscope baseline update' to refresh it, or --force");
      }
      return Baseline.empty();
    }
  }

  @Command(name = "update", mixinStandardHelpOptions = true,
      description = "Scans PATH and rewrites the baseline: new findings are added, fixed ones dropped.")
  static final class Update extends Writing {
    @Override
    Baseline previous(Path target) throws UsageException {
      if (!Files.exists(target)) {
        return Baseline.empty();
      }
      try {
        return Baseline.read(target);
      } catch (ConfigException e) {
        throw new UsageException("baseline error: " + e.getMessage());
      }
    }
  }
}
