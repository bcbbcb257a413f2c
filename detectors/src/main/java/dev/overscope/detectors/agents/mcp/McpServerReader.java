package dev.overscope.detectors.agents.mcp;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a parsed configuration to its MCP servers ({@code mcpServers}, {@code servers}, {@code context_servers},
 * {@code [mcp_servers.*]}, also nested as in {@code ~/.claude.json} {@code projects.<dir>.mcpServers}) and lists the
 * values of each that could carry a credential: {@code env}, {@code headers}, {@code http_headers},
 * {@code requestOptions.headers}, flag values and URLs in {@code args}, and URL user info and query strings.
 */
public final class McpServerReader {
  static final Set<String> ROOT_KEYS = Set.of("mcpServers", "servers", "context_servers", "mcp_servers");
  private static final int MAX_DEPTH = 3;
  private static final Set<String> VALUE_FLAGS = Set.of(
      "--token", "--api-key", "--apikey", "--api_key", "--access-token", "--auth-token", "--password", "--secret",
      "--key", "--bearer-token", "--client-secret", "--pat");
  private static final Set<String> HEADER_FLAGS = Set.of("-h", "--header");
  private static final Set<String> URL_FIELDS = Set.of("url", "serverUrl", "httpUrl", "endpoint");
  private static final Set<String> REFERENCE_FIELDS = Set.of("bearer_token_env_var", "env_vars", "env_http_headers");
  private static final Pattern URL = Pattern.compile(
      "(?<scheme>[a-zA-Z][a-zA-Z0-9+.-]{1,20})://(?:(?<user>[^:/?#@\\s]*)(?::(?<password>[^/?#@\\s]+))?@)?"
          + "(?<host>[^/?#\\s]*)[^?#\\s]*(?:\\?(?<query>[^#\\s]*))?");
  private static final Pattern SECRET_PARAM = Pattern.compile(
      "(?i).*(key|token|secret|passw|pwd|auth|sig|credential|session).*");
  private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]{1,80})=(.+)");

  private McpServerReader() {}

  /** Every MCP server in the document, plus an agent settings {@code env} block as a server named "(settings env)". */
  public static List<McpServer> servers(ConfigDocument document) {
    List<McpServer> servers = new ArrayList<>();
    findServers(document.root(), JsonPointer.empty(), 0, servers);
    JsonNode env = document.root().path("env");
    if (env.isObject()) {
      List<McpValue> values = new ArrayList<>();
      List<String> references = new ArrayList<>();
      readPairs(env, JsonPointer.empty().append(JsonPointer.compile("/env")), "env.", values, references);
      servers.add(new McpServer("(settings env)", "agent environment", values, references, List.of()));
    }
    JsonNode models = document.root().path("models");
    if (models.isArray()) {
      List<McpValue> values = new ArrayList<>();
      for (int i = 0; i < models.size(); i++) {
        JsonNode key = models.get(i).path("apiKey");
        if (key.isTextual()) {
          String model = models.get(i).path("provider").asText("model");
          values.add(new McpValue("models[" + i + "].apiKey", model.toUpperCase(Locale.ROOT) + "_API_KEY",
              key.asText(), model.toUpperCase(Locale.ROOT) + "_API_KEY=" + key.asText(), "/models/" + i + "/apiKey"));
        }
      }
      if (!values.isEmpty()) {
        servers.add(new McpServer("(models)", "model provider keys", values, List.of(), List.of()));
      }
    }
    return servers;
  }

  private static void findServers(JsonNode node, JsonPointer at, int depth, List<McpServer> out) {
    if (!node.isObject() || depth > MAX_DEPTH) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonPointer child = at.appendProperty(field.getKey());
      if (ROOT_KEYS.contains(field.getKey())) {
        readServerBlock(field.getValue(), child, out);
      } else {
        findServers(field.getValue(), child, depth + 1, out);
      }
    }
  }

  private static void readServerBlock(JsonNode block, JsonPointer at, List<McpServer> out) {
    if (block.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = block.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> server = it.next();
        if (server.getValue().isObject()) {
          out.add(readServer(server.getKey(), server.getValue(), at.appendProperty(server.getKey())));
        }
      }
    } else if (block.isArray()) {
      for (int i = 0; i < block.size(); i++) {
        JsonNode server = block.get(i);
        if (server.isObject()) {
          out.add(readServer(server.path("name").asText("server " + (i + 1)), server, at.appendIndex(i)));
        }
      }
    }
  }

  private static McpServer readServer(String name, JsonNode server, JsonPointer at) {
    List<McpValue> values = new ArrayList<>();
    List<String> references = new ArrayList<>();
    List<String> envFiles = new ArrayList<>();
    readPairs(server.path("env"), at.appendProperty("env"), "env.", values, references);
    readPairs(server.path("headers"), at.appendProperty("headers"), "headers.", values, references);
    readPairs(server.path("http_headers"), at.appendProperty("http_headers"), "http_headers.", values, references);
    readPairs(server.path("requestOptions").path("headers"),
        at.appendProperty("requestOptions").appendProperty("headers"), "requestOptions.headers.", values, references);
    readArgs(server.path("args"), at.appendProperty("args"), values, references);
    for (String field : URL_FIELDS) {
      JsonNode url = server.path(field);
      if (url.isTextual()) {
        readUrl(field, url.asText(), at.appendProperty(field).toString(), values);
      }
    }
    for (String field : REFERENCE_FIELDS) {
      JsonNode reference = server.path(field);
      if (!reference.isMissingNode()) {
        references.add(field + " " + compact(reference));
      }
    }
    JsonNode envFile = server.path("envFile");
    if (envFile.isTextual()) {
      envFiles.add(envFile.asText());
    }
    return new McpServer(name, launch(server), values, references, envFiles);
  }

  private static void readPairs(JsonNode pairs, JsonPointer at, String prefix, List<McpValue> values,
      List<String> references) {
    if (!pairs.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = pairs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> pair = it.next();
      if (!pair.getValue().isValueNode() || pair.getValue().isNull()) {
        continue;
      }
      String key = pair.getKey();
      String value = pair.getValue().asText();
      if (LiteralJudge.isReference(value)) {
        references.add(prefix + key + " = " + value.strip());
        continue;
      }
      String separator = prefix.contains("headers") ? ": " : "=";
      values.add(new McpValue(prefix + key, key, LiteralJudge.withoutScheme(value), key + separator + value,
          at.appendProperty(key).toString()));
    }
  }

  private static void readArgs(JsonNode args, JsonPointer at, List<McpValue> values, List<String> references) {
    if (!args.isArray()) {
      return;
    }
    for (int i = 0; i < args.size(); i++) {
      if (!args.get(i).isTextual()) {
        continue;
      }
      String arg = args.get(i).asText();
      String pointer = at.appendIndex(i).toString();
      String field = "args[" + i + "]";
      String flag = arg.toLowerCase(Locale.ROOT);
      if (LiteralJudge.isReference(arg)) {
        if (arg.contains("$")) {
          references.add(field + " = " + arg.strip());
        }
        continue;
      }
      String previous = i > 0 && args.get(i - 1).isTextual() ? args.get(i - 1).asText().toLowerCase(Locale.ROOT) : "";
      int equals = arg.indexOf('=');
      if (VALUE_FLAGS.contains(previous)) {
        values.add(new McpValue(field + " (after " + previous + ")", previous, arg, previous + " " + arg, pointer));
      } else if (HEADER_FLAGS.contains(previous) && arg.contains(":")) {
        String header = arg.substring(0, arg.indexOf(':')).strip();
        String value = arg.substring(arg.indexOf(':') + 1).strip();
        values.add(new McpValue(field + " (header " + header + ")", header, LiteralJudge.withoutScheme(value), arg,
            pointer));
      } else if (flag.startsWith("--") && equals > 2 && VALUE_FLAGS.contains(flag.substring(0, equals))) {
        values.add(new McpValue(field + " (" + arg.substring(0, equals) + ")", arg.substring(0, equals),
            arg.substring(equals + 1), arg, pointer));
      } else if (arg.contains("://")) {
        readUrl(field, arg, pointer, values);
      } else {
        Matcher assignment = ASSIGNMENT.matcher(arg);
        if (assignment.matches()) {
          values.add(new McpValue(field + " (" + assignment.group(1) + ")", assignment.group(1), assignment.group(2),
              arg, pointer));
        }
      }
    }
  }

  /** A URL's password and its secret-looking query parameters; a URL without credentials yields nothing. */
  static void readUrl(String field, String text, String pointer, List<McpValue> values) {
    Matcher url = URL.matcher(text);
    if (!url.find()) {
      return;
    }
    String password = url.group("password");
    if (password != null && !LiteralJudge.isReference(password)) {
      values.add(new McpValue(field + " (password in URL)", url.group("scheme") + " password", password,
          url.group(), pointer));
    }
    String query = url.group("query");
    if (query != null) {
      for (String parameter : query.split("&")) {
        int equals = parameter.indexOf('=');
        if (equals > 0 && SECRET_PARAM.matcher(parameter.substring(0, equals)).matches()) {
          String name = parameter.substring(0, equals);
          String value = parameter.substring(equals + 1);
          if (!LiteralJudge.isReference(value)) {
            values.add(new McpValue(field + " (query " + name + ")", name, value, name + "=" + value, pointer));
          }
        }
      }
    }
  }

  private static String launch(JsonNode server) {
    if (server.path("command").isTextual()) {
      return server.path("command").asText();
    }
    for (String field : URL_FIELDS) {
      Matcher url = URL.matcher(server.path(field).asText(""));
      if (url.find()) {
        return url.group("scheme") + "://" + url.group("host");
      }
    }
    return server.path("type").asText("unknown");
  }

  private static String compact(JsonNode node) {
    return node.isTextual() ? node.asText() : node.toString();
  }
}
