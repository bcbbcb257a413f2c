package dev.overscope.detectors.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.overscope.core.rule.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Parses rule files (YAML) and compiles them; errors name the file, line and rule. */
public final class RuleFileLoader {
  private final RuleCompiler compiler;
  /** Made on first parse: the built-in catalogue comes pre-parsed, and a cold YAML mapper costs ~200 ms. */
  private ObjectMapper mapper;

  public RuleFileLoader(PluginRegistry plugins) {
    this.compiler = new RuleCompiler(plugins);
  }

  public RuleFile parse(String fileName, InputStream in) {
    try {
      return mapper().readValue(in, RuleFile.class);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new RuleFileException(fileName + ":" + line + ": " + problem(e));
    } catch (IOException e) {
      throw new RuleFileException(fileName + ": cannot read: " + e.getMessage());
    }
  }

  private synchronized ObjectMapper mapper() {
    if (mapper == null) {
      mapper = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
    return mapper;
  }

  /** Jackson's message, except that an unknown field lists the known ones instead of naming Java classes. */
  static String problem(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      List<String> known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      return "unknown field '" + unknown.getPropertyName() + "' (known: " + String.join(", ", known) + ")";
    }
    return e.getOriginalMessage().lines().findFirst().orElse("");
  }

  public List<Rule> load(String fileName, InputStream in) {
    return compile(fileName, parse(fileName, in));
  }

  public List<Rule> compile(String fileName, RuleFile file) {
    return compiler.compile(fileName, file);
  }
}
