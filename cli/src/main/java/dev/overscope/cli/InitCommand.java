package dev.overscope.cli;

import dev.overscope.core.config.ConfigLoader;
import dev.overscope.core.scan.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code overscope init}: a commented configuration to start from, and optionally the pre-commit hook. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Writes a commented .overscope.yaml (every field, with the defaults) and, with --pre-commit,"
        + " the pre-commit hook configuration.")
final class InitCommand implements Callable<Integer> {
  static final String TEMPLATE = "/dev/overscope/cli/overscope-template.yaml";
  static final String PRE_COMMIT_FILE = ".pre-commit-config.yaml";
  static final String HOOK_REPOSITORY = "https://github.com/overscope/overscope";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "DIR",
      description = "Repository root to write into (default: the current directory).")
  Path directory;

  @Option(names = "--force", description = "Replace an existing .overscope.yaml.")
  boolean force;

  @Option(names = "--pre-commit", description = "Also set up the 'overscope' pre-commit hook.")
  boolean preCommit;

  @Override
  public Integer call() throws Exception {
    Path root = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new UsageException("not a directory: " + directory);
    }
    PrintWriter out = spec.commandLine().getOut();
    Path config = root.resolve(ConfigLoader.FILE_NAME);
    if (Files.exists(config) && !force) {
      throw new UsageException(config + " exists; use --force to replace it");
    }
    Files.writeString(config, template(), StandardCharsets.UTF_8);
    out.println("Wrote " + config + ". Every field is commented; 'overscope scan' reads it from the root.");
    if (preCommit) {
      writePreCommit(root, out);
    }
    return ExitCode.PASSED;
  }

  static String template() throws IOException {
    try (InputStream in = InitCommand.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IOException("the configuration template is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The hook entry; it uses the hook id {@code overscope} of the repository's {@code .pre-commit-hooks.yaml}. */
  static String preCommitSnippet() {
    return "  - repo: " + HOOK_REPOSITORY + "\n"
        + "    rev: v" + Version.current().replace("-SNAPSHOT", "") + "\n"
        + "    hooks:\n"
        + "      - id: overscope\n";
  }

  /** Writes a new pre-commit file; an existing one is left alone and the lines to add are printed instead. */
  private static void writePreCommit(Path root, PrintWriter out) throws IOException {
    Path file = root.resolve(PRE_COMMIT_FILE);
    if (Files.exists(file)) {
      if (Files.readString(file, StandardCharsets.UTF_8).contains("id: overscope")) {
        out.println(file + " already runs the overscope hook.");
        return;
      }
      out.println(file + " exists and was not changed; add these lines under 'repos:':");
      out.print(preCommitSnippet());
      return;
    }
    Files.writeString(file, "# Runs before every commit: pre-commit install\nrepos:\n" + preCommitSnippet(),
        StandardCharsets.UTF_8);
    out.println("Wrote " + file + ". Run 'pre-commit install' to turn the hook on.");
  }
}
