package dev.overscope.detectors.agents.mcp;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed configuration file (JSON, JSONC with comments and trailing commas, TOML or YAML) with the offset of every
 * scalar value, so a literal found in the tree can be pointed at on its own line.
 */
public final class ConfigDocument {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_YAML_COMMENTS)
      .build();
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final ObjectMapper TOML = new TomlMapper();

  private final JsonNode root;
  private final Map<String, Long> offsets;

  private ConfigDocument(JsonNode root, Map<String, Long> offsets) {
    this.root = root;
    this.offsets = offsets;
  }

  /** Parses {@code content} as {@code format}; empty when it is not well-formed (a half-edited file, say). */
  public static Optional<ConfigDocument> parse(byte[] content, String format) {
    ObjectMapper mapper = mapperFor(format);
    try {
      JsonNode root = mapper.readTree(content);
      if (root == null || !root.isContainerNode()) {
        return Optional.empty();
      }
      return Optional.of(new ConfigDocument(root, valueOffsets(mapper, content)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static ObjectMapper mapperFor(String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "toml" -> TOML;
      case "yaml", "yml" -> YAML;
      default -> JSON;
    };
  }

  /** Offset of each scalar by JSON pointer: the byte offset where the parser reports one, else the char offset. */
  private static Map<String, Long> valueOffsets(ObjectMapper mapper, byte[] content) {
    Map<String, Long> offsets = new HashMap<>();
    try (JsonParser parser = mapper.createParser(content)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token.isScalarValue()) {
          JsonLocation location = parser.currentTokenLocation();
          long offset = location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
          if (offset >= 0) {
            offsets.put(parser.getParsingContext().pathAsPointer().toString(), offset);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // Offsets are a hint for pointing at a line; the tree was already read, so go on without the rest.
    }
    return offsets;
  }

  public JsonNode root() {
    return root;
  }

  /** Where the value at {@code pointer} starts, when the parser told; a hint, searched forward from. */
  public long offsetHint(String pointer) {
    return offsets.getOrDefault(pointer, 0L);
  }
}
