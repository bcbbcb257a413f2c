package dev.overscope.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.overscope.core.policy.FailCondition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads and validates {@code .overscope.yaml}. Errors name the file, line and field; they never echo values. */
public final class ConfigLoader {
  /** Default file name at the scanned root. */
  public static final String FILE_NAME = ".overscope.yaml";

  private static final long MAX_CONFIG_BYTES = 1 << 20;

  private final ObjectMapper mapper;

  public ConfigLoader() {
    LoaderOptions options = new LoaderOptions();
    // Bounds against alias bombs and absurd files: a configuration has no business being large.
    options.setMaxAliasesForCollections(20);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit((int) MAX_CONFIG_BYTES);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    this.mapper = new ObjectMapper(factory)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
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
      OverscopeConfig config = mapper.readValue(file.toFile(), OverscopeConfig.class);
      return validate(file, config == null ? OverscopeConfig.empty() : config);
    } catch (JsonMappingException e) {
      if (isSyntaxError(e)) {
        throw new ConfigException(file + ":" + line(e.getLocation()) + ": malformed YAML: " + firstLine(e.getOriginalMessage()));
      }
      throw new ConfigException(file + ":" + line(e.getLocation()) + ": " + field(e) + firstLine(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ":" + line(e.getLocation()) + ": malformed YAML: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      // SnakeYAML reports some limits (aliases, size) as unchecked exceptions.
      throw new ConfigException(file + ": rejected: " + firstLine(e.getMessage()));
    }
  }

  private static OverscopeConfig validate(Path file, OverscopeConfig config) throws ConfigException {
    for (String condition : config.policy().failOnConditions().orElse(java.util.List.of())) {
      try {
        FailCondition.parse(condition);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(file + ": field 'policy.fail-on': " + e.getMessage());
      }
    }
    for (int i = 0; i < config.allowlist().size(); i++) {
      OverscopeConfig.AllowEntry entry = config.allowlist().get(i);
      String where = file + ": field 'allowlist[" + i + "]'";
      if (entry.reason() == null || entry.reason().isBlank()) {
        throw new ConfigException(where + ": every allowlist entry needs a 'reason'");
      }
      if (entry.paths().isEmpty() && entry.fingerprints().isEmpty()) {
        throw new ConfigException(where + ": give 'paths' or 'fingerprints' to say what is allowed");
      }
    }
    if (config.limits().maxFileSizeBytes().map(size -> size <= 0).orElse(false)) {
      throw new ConfigException(file + ": field 'limits.max-file-size': must be a positive number of bytes");
    }
    return config;
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

  private static String field(JsonMappingException e) {
    String path = e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
    return path.isEmpty() ? "" : "field '" + path + "': ";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
