package dev.overscope.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.overscope.core.policy.FailCondition;
import dev.overscope.core.policy.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads and validates {@code .overscope.yaml}. Errors name the file, line and field; they never echo values. */
public final class ConfigLoader {
  /** Default file name at the scanned root. */
  public static final String FILE_NAME = ".overscope.yaml";

  private static final long MAX_CONFIG_BYTES = 1 << 20;

  /** Made when a file is first read: a repository without a configuration never pays Jackson's ~200 ms start. */
  private ObjectMapper mapper;

  private synchronized ObjectMapper mapper() {
    if (mapper != null) {
      return mapper;
    }
    LoaderOptions options = new LoaderOptions();
    // Bounds against alias bombs and absurd files: a configuration has no business being large.
    options.setMaxAliasesForCollections(20);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit((int) MAX_CONFIG_BYTES);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    mapper = new ObjectMapper(factory)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    return mapper;
  }

  /** The configuration at {@code root/.overscope.yaml}, or the empty one when there is none. */
  public OverscopeConfig loadFromRoot(Path root) throws ConfigException {
    Path file = root.resolve(FILE_NAME);
    return Files.isRegularFile(file) ? load(file) : OverscopeConfig.empty();
  }

  public OverscopeConfig load(Path file) throws ConfigException {
    try {
      if (!Files.isRegularFile(file)) {
        throw new ConfigException(file + ": configuration file not found");
      }
      if (Files.size(file) > MAX_CONFIG_BYTES) {
        throw new ConfigException(file + ": configuration file is larger than 1 MiB");
      }
      java.util.Optional<YamlTags.Tagged> tagged = YamlTags.first((YAMLFactory) mapper().getFactory(), file);
      if (tagged.isPresent()) {
        String field = tagged.get().field();
        throw new ConfigException(file + ":" + tagged.get().line() + ": " + (field.isEmpty() ? "" : "field '" + field
            + "': ") + "YAML tags (!name, !!type) are not allowed: the configuration holds plain values only");
      }
      OverscopeConfig config = mapper().readValue(file.toFile(), OverscopeConfig.class);
      return new Validation(file).validate(config == null ? OverscopeConfig.empty() : config);
    } catch (JsonMappingException e) {
      if (isSyntaxError(e)) {
        throw new ConfigException(file + ":" + line(e.getLocation()) + ": malformed YAML: " + firstLine(e.getOriginalMessage()));
      }
      String problem = e instanceof UnrecognizedPropertyException unknown ? unknownField(unknown)
          : e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
              ? "expected " + expected(mismatch.getTargetType())
              : firstLine(e.getOriginalMessage());
      String path = path(e);
      // Jackson may report an unknown field only at the end of its section; the field's own line is clearer.
      String line = path.isEmpty() ? line(e.getLocation())
          : lines(file).line(path).map(String::valueOf).orElse(line(e.getLocation()));
      throw new ConfigException(file + ":" + line + ": " + (path.isEmpty() ? "" : "field '" + path + "': ") + problem);
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ":" + line(e.getLocation()) + ": malformed YAML: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      // SnakeYAML reports some limits (aliases, size) as unchecked exceptions.
      throw new ConfigException(file + ": rejected: " + firstLine(e.getMessage()));
    }
  }

  private FieldLines lines(Path file) {
    return FieldLines.of((YAMLFactory) mapper().getFactory(), file);
  }

  /** Checks what the types cannot: conditions, severities, regexes, reasons; resolves paths to the file's folder. */
  private final class Validation {
    private final Path file;
    private FieldLines lines;

    Validation(Path file) {
      this.file = file;
    }

    private ConfigException error(String field, String message) {
      if (lines == null) {
        lines = lines(file);
      }
      String line = lines.line(field).map(number -> ":" + number).orElse("");
      return new ConfigException(file + line + ": field '" + field + "': " + message);
    }

    OverscopeConfig validate(OverscopeConfig config) throws ConfigException {
      List<String> conditions = config.policy().failOnConditions().orElse(List.of());
      for (int i = 0; i < conditions.size(); i++) {
        try {
          FailCondition.parse(String.valueOf(conditions.get(i)));
        } catch (IllegalArgumentException e) {
          throw error("policy.fail-on[" + i + "]", e.getMessage());
        }
      }
      for (Map.Entry<String, String> override : config.policy().severity().entrySet()) {
        try {
          Severity.fromLabel(String.valueOf(override.getValue()));
        } catch (IllegalArgumentException e) {
          throw error("policy.severity." + override.getKey(), e.getMessage());
        }
      }
      for (int i = 0; i < config.agents().size(); i++) {
        if (config.agents().get(i) == null || config.agents().get(i).isBlank()) {
          throw error("agents[" + i + "]", "an agent name is required");
        }
      }
      for (int i = 0; i < config.allowlist().size(); i++) {
        allowEntry(i, config.allowlist().get(i));
      }
      OverscopeConfig.RulesSection rules = config.rules();
      if (!OverscopeConfig.RulesSection.DEFAULT.equals(rules.extendsRules())
          && !OverscopeConfig.RulesSection.NONE.equals(rules.extendsRules())) {
        throw error("rules.extends", "'" + rules.extendsRules()
            + "' is neither 'default' (keep the built-in rules) nor 'none' (use only these)");
      }
      List<String> ruleFiles = new ArrayList<>();
      for (int i = 0; i < rules.files().size(); i++) {
        String name = rules.files().get(i);
        Path ruleFile = name == null || name.isBlank() ? null : resolve(name);
        if (ruleFile == null || !Files.isRegularFile(ruleFile)) {
          throw error("rules.files[" + i + "]", "rule file not found: " + ruleFile);
        }
        ruleFiles.add(ruleFile.toString());
      }
      for (int i = 0; i < rules.inline().size(); i++) {
        if (rules.inline().get(i) == null) {
          throw error("rules.inline[" + i + "]", "empty rule entry");
        }
      }
      if (config.limits().maxFileSizeBytes().map(size -> size <= 0).orElse(false)) {
        throw error("limits.max-file-size", "must be a positive number of bytes");
      }
      if (config.limits().historyDepthCommits().map(depth -> depth <= 0).orElse(false)) {
        throw error("limits.history-depth", "must be a positive number of commits");
      }
      if (config.limits().timeout() != null) {
        try {
          DurationText.parse(config.limits().timeout());
        } catch (IllegalArgumentException e) {
          throw error("limits.timeout", e.getMessage());
        }
      }
      globs("paths.include", config.paths().include());
      globs("paths.exclude", config.paths().exclude());
      String baseline = config.baselineFile().map(name -> resolve(name).toString()).orElse(null);
      return config.withRules(rules.withFiles(ruleFiles)).withBaseline(baseline);
    }

    private void allowEntry(int index, OverscopeConfig.AllowEntry entry) throws ConfigException {
      String where = "allowlist[" + index + "]";
      if (entry == null || entry.reason() == null || entry.reason().isBlank()) {
        throw error(where, "every allowlist entry needs a 'reason'");
      }
      if (entry.isEmpty()) {
        throw error(where, "give 'paths', 'fingerprints', 'secrets' or 'lines' to say what is allowed");
      }
      globs(where + ".paths", entry.paths());
      regexes(where + ".secrets", entry.secrets());
      regexes(where + ".lines", entry.lines());
    }

    private void regexes(String field, List<String> regexes) throws ConfigException {
      for (int i = 0; i < regexes.size(); i++) {
        String regex = regexes.get(i);
        if (regex == null || regex.isEmpty()) {
          throw error(field + "[" + i + "]", "an empty pattern would allow everything");
        }
        try {
          Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
          throw error(field + "[" + i + "]", "not a regular expression: " + e.getDescription());
        }
      }
    }

    private void globs(String field, List<String> globs) throws ConfigException {
      for (int i = 0; i < globs.size(); i++) {
        if (globs.get(i) == null || globs.get(i).isBlank()) {
          throw error(field + "[" + i + "]", "an empty glob");
        }
      }
    }

    private Path resolve(String name) {
      return file.toAbsolutePath().getParent().resolve(name).normalize();
    }
  }

  /** What a field holds, in the words of YAML rather than of Java types. */
  private static String expected(Class<?> type) {
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "a list, e.g. [a, b]";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a section of 'name: value' lines";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a whole number";
    }
    if (type == String.class) {
      return "a single value";
    }
    return type.getSimpleName();
  }

  /** Unknown fields are listed with the ones the model knows, in the file's own spelling. */
  private static String unknownField(UnrecognizedPropertyException e) {
    List<String> known = new ArrayList<>();
    if (e.getKnownPropertyIds() != null) {
      e.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
    }
    known.sort(null);
    return "unknown field '" + e.getPropertyName() + "' (known: " + String.join(", ", known) + ")";
  }

  /** Jackson wraps some YAML syntax errors as mapping errors; the cause tells them apart. */
  private static boolean isSyntaxError(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.yaml.snakeyaml.error.YAMLException) {
        return true;
      }
    }
    return false;
  }

  private static String line(JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? "?" : Integer.toString(location.getLineNr());
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
