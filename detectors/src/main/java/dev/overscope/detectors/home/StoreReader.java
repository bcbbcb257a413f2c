package dev.overscope.detectors.home;

import com.fasterxml.jackson.databind.JsonNode;
import dev.overscope.detectors.agents.mcp.ConfigDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a credential store into flat (dotted key, value) pairs whatever its format: JSON, YAML and TOML trees,
 * INI sections ({@code section.key}), {@code .npmrc} lines (the key after the registry, {@code _authToken}),
 * netrc ({@code machine.<host>.password}), a raw token file ({@code token}), or git-credentials URLs
 * ({@code password}).
 */
final class StoreReader {
  private static final Pattern URL_PASSWORD = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\\s]*:([^@\\s]+)@");

  private StoreReader() {}

  /** A key and its value; {@code root} is the whole parsed tree, for the {@code when} conditions. */
  record Pair(String key, String value) {}

  static List<Pair> read(String format, String text, byte[] bytes) {
    return switch (format) {
      case "json", "yaml", "toml" -> ConfigDocument.parse(bytes, format)
          .map(document -> flatten(document.root())).orElse(List.of());
      case "ini" -> ini(text);
      case "npmrc" -> npmrc(text);
      case "netrc" -> netrc(text);
      case "raw" -> raw(text);
      case "url-lines" -> urlLines(text);
      default -> List.of();
    };
  }

  /** The top-level scalar values of a tree format, for {@code when}; empty for the others. */
  static Map<String, String> topLevel(String format, byte[] bytes) {
    if (!format.equals("json") && !format.equals("yaml") && !format.equals("toml")) {
      return Map.of();
    }
    return ConfigDocument.parse(bytes, format).map(document -> {
      Map<String, String> values = new java.util.HashMap<>();
      document.root().fields().forEachRemaining(field -> {
        if (field.getValue().isValueNode()) {
          values.put(field.getKey(), field.getValue().asText());
        }
      });
      return values;
    }).orElse(Map.of());
  }

  private static List<Pair> flatten(JsonNode root) {
    List<Pair> pairs = new ArrayList<>();
    flatten(root, "", pairs);
    return pairs;
  }

  private static void flatten(JsonNode node, String prefix, List<Pair> pairs) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        flatten(field.getValue(), prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), pairs);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(node.get(i), prefix.isEmpty() ? String.valueOf(i) : prefix + "." + i, pairs);
      }
    } else if (node.isValueNode() && !node.isNull()) {
      pairs.add(new Pair(prefix, node.asText()));
    }
  }

  private static List<Pair> ini(String text) {
    List<Pair> pairs = new ArrayList<>();
    String section = "";
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1).strip();
        continue;
      }
      int equals = line.indexOf('=');
      if (equals > 0) {
        String key = line.substring(0, equals).strip();
        pairs.add(new Pair(section.isEmpty() ? key : section + "." + key, line.substring(equals + 1).strip()));
      }
    }
    return pairs;
  }

  private static List<Pair> npmrc(String text) {
    List<Pair> pairs = new ArrayList<>();
    for (Pair pair : ini(text)) {
      String key = pair.key();
      int colon = key.lastIndexOf(':');
      pairs.add(new Pair(colon >= 0 ? key.substring(colon + 1) : key, unquote(pair.value())));
    }
    return pairs;
  }

  private static List<Pair> netrc(String text) {
    List<Pair> pairs = new ArrayList<>();
    String[] tokens = text.strip().split("\\s+");
    String machine = "default";
    for (int i = 0; i < tokens.length; i++) {
      switch (tokens[i]) {
        case "machine" -> machine = i + 1 < tokens.length ? "machine." + tokens[++i] : machine;
        case "default" -> machine = "default";
        case "login", "password", "account" -> {
          if (i + 1 < tokens.length) {
            pairs.add(new Pair(machine + "." + tokens[i], tokens[++i]));
          }
        }
        default -> {
          // macdef bodies and unknown words carry no credential we read
        }
      }
    }
    return pairs;
  }

  private static List<Pair> raw(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(1)
        .map(line -> new Pair("token", line)).toList();
  }

  private static List<Pair> urlLines(String text) {
    List<Pair> pairs = new ArrayList<>();
    Matcher matcher = URL_PASSWORD.matcher(text);
    while (matcher.find()) {
      pairs.add(new Pair("password", matcher.group(1)));
    }
    return pairs;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
