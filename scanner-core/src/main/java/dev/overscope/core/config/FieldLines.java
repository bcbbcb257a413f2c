package dev.overscope.core.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The line of every field and list item of a YAML file, by the path errors name ({@code allowlist[0].reason}), so
 * that an error found after parsing (a bad regex, a missing reason) still points at its line.
 */
final class FieldLines {
  private final Map<String, Integer> lines;

  private FieldLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** Reads the file's structure; an unreadable file yields no lines rather than an error. */
  static FieldLines of(YAMLFactory factory, Path file) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = factory.createParser(file.toFile())) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
      }
    } catch (IOException | RuntimeException e) {
      // the caller reports the error it has; the line is a courtesy
    }
    return new FieldLines(lines);
  }

  /** The line of {@code field} ({@code policy.severity.x}, {@code agents[2]}), or of its closest parent. */
  Optional<Integer> line(String field) {
    String pointer = "/" + field.replace("~", "~0").replace("/", "~1")
        .replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    while (!pointer.isEmpty()) {
      Integer line = lines.get(pointer);
      if (line != null) {
        return Optional.of(line);
      }
      pointer = pointer.substring(0, pointer.lastIndexOf('/'));
    }
    return Optional.empty();
  }
}
