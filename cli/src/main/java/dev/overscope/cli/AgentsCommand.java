package dev.overscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.overscope.core.scan.Scanner;
import dev.overscope.detectors.agents.map.AgentMap;
import dev.overscope.detectors.agents.map.AgentMapBuilder;
import dev.overscope.detectors.agents.map.AgentMapText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code overscope agents [PATH]}: the map of what each coding agent loads, starts and ignores in a tree. */
@Command(
    name = "agents",
    mixinStandardHelpOptions = true,
    description = "Shows, per coding agent, the files in the tree it loads into context, its MCP servers and whether"
        + " each carries a literal credential, and what its ignore files really stop.",
    footer = {"", "Exit codes: 0 map written, 2 usage error."})
final class AgentsCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
      description = "Directory to map (default: the current directory).")
  Path path;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the map to FILE.")
  Path output;

  @Override
  public Integer call() throws Exception {
    Path root = path.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new UsageException("not a directory: " + path);
    }
    String wanted = format.toLowerCase(Locale.ROOT);
    if (!wanted.equals("text") && !wanted.equals("json")) {
      throw new UsageException("--format: agents writes text or json, not '" + format + "'");
    }
    AgentMap map = new AgentMapBuilder(Scanner.builder().withInstalledPlugins().build().engine()).build(root);
    String rendered = wanted.equals("json") ? json(map) : AgentMapText.render(map);
    if (output == null) {
      spec.commandLine().getOut().print(rendered);
      spec.commandLine().getOut().flush();
    } else {
      write(output, rendered);
    }
    return ExitCode.PASSED;
  }

  private static String json(AgentMap map) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .registerModule(new SimpleModule().addSerializer(Path.class, ToStringSerializer.instance));
    return mapper.writeValueAsString(map) + "\n";
  }

  /** Replaces the file whole or not at all, as the scan's reports do. */
  private static void write(Path file, String content) throws IOException {
    Path target = file.toAbsolutePath();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, ".overscope-", ".tmp");
    try {
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
