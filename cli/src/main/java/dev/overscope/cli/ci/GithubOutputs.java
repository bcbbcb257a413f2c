package dev.overscope.cli.ci;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Appends step outputs to {@code $GITHUB_OUTPUT} and Markdown to {@code $GITHUB_STEP_SUMMARY}; both are optional,
 * so a run outside a job simply writes neither.
 */
public final class GithubOutputs {
  private final GithubEnvironment environment;

  public GithubOutputs(GithubEnvironment environment) {
    this.environment = environment;
  }

  /** Appends {@code name=value} lines; a value holding a line break uses the runner's delimiter form. */
  public void write(Map<String, String> outputs) throws IOException {
    Optional<Path> file = environment.output();
    if (file.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, String> output : new LinkedHashMap<>(outputs).entrySet()) {
      String value = output.getValue();
      if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
        text.append(output.getKey()).append('=').append(value).append('\n');
      } else {
        String delimiter = "OVERSCOPE_" + UUID.randomUUID();
        text.append(output.getKey()).append("<<").append(delimiter).append('\n').append(value).append('\n')
            .append(delimiter).append('\n');
      }
    }
    append(file.get(), text.toString());
  }

  /** Appends Markdown to the step summary. */
  public void summary(String markdown) throws IOException {
    Optional<Path> file = environment.stepSummary();
    if (file.isPresent()) {
      append(file.get(), markdown.endsWith("\n") ? markdown : markdown + "\n");
    }
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
