package dev.overscope.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The action's {@code action.yml}, read the way the runner reads it: inputs with defaults, outputs, steps. */
record ActionFile(JsonNode root) {
  /** The action's directory: this module's base directory, where surefire runs. */
  static final Path DIRECTORY = Path.of("").toAbsolutePath();

  static ActionFile read() throws IOException {
    return new ActionFile(new ObjectMapper(new YAMLFactory()).readTree(DIRECTORY.resolve("action.yml").toFile()));
  }

  Map<String, JsonNode> inputs() {
    return fields(root.path("inputs"));
  }

  Map<String, JsonNode> outputs() {
    return fields(root.path("outputs"));
  }

  /** Every input's default, as the runner fills them in when the workflow gives no value. */
  Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    inputs().forEach((name, input) -> defaults.put(name, input.path("default").asText("")));
    return defaults;
  }

  List<JsonNode> steps() {
    List<JsonNode> steps = new ArrayList<>();
    root.path("runs").path("steps").forEach(steps::add);
    return steps;
  }

  JsonNode step(String name) {
    return steps().stream().filter(step -> step.path("name").asText().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("action.yml has no step named '" + name + "'"));
  }

  private static Map<String, JsonNode> fields(JsonNode node) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    node.fields().forEachRemaining(entry -> fields.put(entry.getKey(), entry.getValue()));
    return fields;
  }
}
