package dev.overscope.detectors.agents.surface;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Claude Code's {@code permissions.deny} {@code Read(...)} rules as gitignore lines relative to the project root:
 * {@code ./x} and {@code /x} are project-relative, {@code //abs} and {@code ~/x} point outside the tree and are
 * skipped, a bare {@code Read} denies every read.
 */
final class ClaudeDenyRules {
  private ClaudeDenyRules() {}

  /**
   * The sandbox's {@code filesystem.denyRead} paths, when {@code sandbox.enabled} is true, as gitignore lines:
   * only {@code ./x} and plain relative forms are read; absolute and home paths point outside the tree.
   */
  static List<String> sandboxDenials(JsonNode settings) {
    List<String> lines = new ArrayList<>();
    JsonNode sandbox = settings.path("sandbox");
    if (!sandbox.path("enabled").asBoolean(false) || !sandbox.path("filesystem").path("denyRead").isArray()) {
      return lines;
    }
    for (JsonNode path : sandbox.path("filesystem").path("denyRead")) {
      String spec = path.asText("").strip();
      if (spec.isEmpty() || spec.startsWith("/") || spec.startsWith("~")) {
        continue;
      }
      lines.add(spec.startsWith("./") ? "/" + spec.substring(2) : spec);
    }
    return lines;
  }

  static List<String> readDenials(JsonNode settings) {
    List<String> lines = new ArrayList<>();
    JsonNode deny = settings.path("permissions").path("deny");
    if (!deny.isArray()) {
      return lines;
    }
    for (JsonNode rule : deny) {
      String text = rule.asText("").strip();
      if (text.equals("Read")) {
        lines.add("*");
        continue;
      }
      if (!text.startsWith("Read(") || !text.endsWith(")")) {
        continue;
      }
      String spec = text.substring("Read(".length(), text.length() - 1).strip();
      if (spec.startsWith("//") || spec.startsWith("~") || spec.isEmpty()) {
        continue;
      }
      if (spec.startsWith("./")) {
        spec = "/" + spec.substring(2);
      }
      if (spec.toLowerCase(Locale.ROOT).equals("/**") || spec.equals("**")) {
        spec = "*";
      }
      lines.add(spec);
    }
    return lines;
  }
}
