package dev.overscope.detectors.java;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.overscope.core.engine.ByteText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * One key and scalar value of a configuration file, with the byte offset where the value starts. Keys of nested
 * YAML are joined with dots, as Spring binds them.
 */
record ConfigEntry(String key, String value, int valueStart) {
  private static final YAMLFactory YAML = new YAMLFactory();

  /** Entries of a {@code .properties} file; continuation lines are skipped (credentials are one line). */
  static List<ConfigEntry> fromProperties(ByteText text) {
    List<ConfigEntry> entries = new ArrayList<>();
    int lineStart = 0;
    boolean continued = false;
    while (lineStart < text.length()) {
      int lineEnd = lineStart;
      while (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
        lineEnd++;
      }
      int end = lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      boolean continues = end > lineStart && text.charAt(end - 1) == '\\';
      if (!continued && !continues) {
        property(text, lineStart, end).ifPresent(entries::add);
      }
      continued = continues;
      lineStart = lineEnd + 1;
    }
    return entries;
  }

  private static java.util.Optional<ConfigEntry> property(ByteText text, int start, int end) {
    int i = start;
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == end || text.charAt(i) == '#' || text.charAt(i) == '!') {
      return java.util.Optional.empty();
    }
    int keyStart = i;
    while (i < end && text.charAt(i) != '=' && text.charAt(i) != ':' && !Character.isWhitespace(text.charAt(i))) {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    int keyEnd = Math.min(i, end);
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i < end && (text.charAt(i) == '=' || text.charAt(i) == ':')) {
      i++;
    }
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int valueEnd = end;
    while (valueEnd > i && Character.isWhitespace(text.charAt(valueEnd - 1))) {
      valueEnd--;
    }
    String key = text.subSequence(keyStart, keyEnd).toString();
    return java.util.Optional.of(new ConfigEntry(key, text.subSequence(i, valueEnd).toString(), i));
  }

  /** Scalar entries of a YAML file, all documents. */
  static List<ConfigEntry> fromYaml(ByteText text) {
    String source = text.toString();
    List<String> lines = source.lines().toList();
    List<ConfigEntry> entries = new ArrayList<>();
    Deque<String> path = new ArrayDeque<>();
    String field = null;
    try (JsonParser parser = YAML.createParser(source)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case FIELD_NAME -> field = parser.currentName();
          case START_OBJECT, START_ARRAY -> {
            path.push(field == null ? "" : field);
            field = null;
          }
          case END_OBJECT, END_ARRAY -> {
            if (!path.isEmpty()) {
              path.pop();
            }
            field = null;
          }
          case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
            String value = parser.getText();
            JsonLocation location = parser.currentTokenLocation();
            String key = key(path, parser.currentName());
            offset(text, lines, location, value).ifPresent(start -> entries.add(new ConfigEntry(key, value, start)));
            field = null;
          }
          default -> field = null;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  private static String key(Deque<String> path, String field) {
    StringBuilder key = new StringBuilder();
    Iterator<String> outerFirst = path.descendingIterator();
    while (outerFirst.hasNext()) {
      String part = outerFirst.next();
      if (!part.isEmpty()) {
        key.append(key.length() == 0 ? "" : ".").append(part);
      }
    }
    if (field != null) {
      key.append(key.length() == 0 ? "" : ".").append(field);
    }
    return key.toString();
  }

  /** Byte offset of a scalar's first character: the parser points at its quote, if any. */
  private static java.util.Optional<Integer> offset(ByteText text, List<String> lines, JsonLocation location,
      String value) {
    int line = location.getLineNr();
    if (line < 1 || line > lines.size() || value.isEmpty()) {
      return java.util.Optional.empty();
    }
    String lineText = lines.get(line - 1);
    int column = lineText.indexOf(value, Math.max(0, location.getColumnNr() - 1));
    if (column < 0) {
      return java.util.Optional.empty();
    }
    int lineStart = 0;
    for (int seen = 1; seen < line; lineStart++) {
      if (text.charAt(lineStart) == '\n') {
        seen++;
      }
    }
    return java.util.Optional.of(lineStart + lineText.substring(0, column).getBytes(StandardCharsets.UTF_8).length);
  }
}
