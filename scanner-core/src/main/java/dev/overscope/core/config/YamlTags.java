package dev.overscope.core.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the first explicit YAML tag ({@code !foo}, {@code !!javax.script.ScriptEngineManager}) in a file. The loader
 * never constructs a tagged type, but Jackson would quietly drop the tag and use the value: a file that asks for a
 * class is refused outright instead, so that its author learns the configuration holds plain values only.
 */
final class YamlTags {
  /** Where a tag was met: the field as errors name it ({@code policy.fail-on}, {@code agents[0]}) and its line. */
  record Tagged(String field, int line) {}

  private YamlTags() {}

  /** The first tagged node, or empty; a file that does not parse yields empty (the loader reports that itself). */
  static Optional<Tagged> first(YAMLFactory factory, Path file) {
    try (JsonParser parser = factory.createParser(file.toFile())) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY
            && parser.getTypeId() != null) {
          String pointer = parser.getParsingContext().pathAsPointer().toString();
          return Optional.of(new Tagged(field(pointer), parser.currentTokenLocation().getLineNr()));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not this check's to report: the mapping that follows names the syntax error
    }
    return Optional.empty();
  }

  /** {@code /allowlist/0/reason} as {@code allowlist[0].reason}. */
  private static String field(String pointer) {
    StringBuilder field = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      String name = part.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit)) {
        field.append('[').append(name).append(']');
      } else {
        field.append(field.length() == 0 ? "" : ".").append(name);
      }
    }
    return field.toString();
  }
}
