package dev.overscope.detectors.agents.surface;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code @path} imports of an instruction file (CLAUDE.md, GEMINI.md): an {@code @} at the start of a word
 * followed by a path. Imports inside fenced code blocks and inline code spans are not evaluated, as in Claude Code.
 */
final class ImportParser {
  private static final Pattern IMPORT = Pattern.compile("(?<![^\\s(\\[])@(~?[A-Za-z0-9._/\\-]+)");

  private ImportParser() {}

  static List<String> imports(String markdown) {
    List<String> found = new ArrayList<>();
    boolean fenced = false;
    for (String line : markdown.split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      Matcher matcher = IMPORT.matcher(withoutCodeSpans(line));
      while (matcher.find()) {
        String path = trimPunctuation(matcher.group(1));
        if (!path.isEmpty() && !path.equals(".") && !path.equals("..")) {
          found.add(path);
        }
      }
    }
    return found;
  }

  private static String withoutCodeSpans(String line) {
    return line.replaceAll("`[^`]*`", " ");
  }

  private static String trimPunctuation(String path) {
    String trimmed = path;
    while (!trimmed.isEmpty() && ".,:;".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0
        && !trimmed.endsWith("/.")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }
}
