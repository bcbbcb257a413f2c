package dev.overscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's text as written and as its readers decode it: JSON strings, the Actions runner's %-escapes, Markdown's
 * backslashes and entities, the text report's {@code \x0a}. A secret hidden from a plain search by an escape (a
 * private key's newlines as {@code \n} in JSON) is still a secret printed.
 */
final class DecodedForms {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HEX_ESCAPE = Pattern.compile("\\\\x([0-9a-f]{2})");

  private DecodedForms() {}

  static List<String> of(String text) {
    List<String> forms = new ArrayList<>();
    forms.add(text);
    forms.add(jsonStrings(text));
    forms.add(text.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",")
        .replace("%25", "%"));
    forms.add(text.replaceAll("\\\\([\\\\`*_\\[\\]#~|])", "$1").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&"));
    Matcher hex = HEX_ESCAPE.matcher(text);
    forms.add(hex.replaceAll(match -> Matcher.quoteReplacement(
        String.valueOf((char) Integer.parseInt(match.group(1), 16)))));
    return forms;
  }

  /** Every string in the text read as JSON, one per line; "" when it is not JSON. */
  private static String jsonStrings(String text) {
    JsonNode tree;
    try {
      tree = JSON.readTree(text);
    } catch (java.io.IOException e) {
      return "";
    }
    StringBuilder strings = new StringBuilder();
    collect(tree, strings);
    return strings.toString();
  }

  private static void collect(JsonNode node, StringBuilder strings) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      strings.append(node.textValue()).append('\n');
    }
    node.fieldNames().forEachRemaining(name -> strings.append(name).append('\n'));
    node.forEach(child -> collect(child, strings));
  }
}
