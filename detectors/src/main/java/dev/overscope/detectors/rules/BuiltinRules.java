package dev.overscope.detectors.rules;

import dev.overscope.core.rule.Rule;
import dev.overscope.core.rule.RuleSource;
import dev.overscope.core.rule.Validator;
import dev.overscope.detectors.validators.PlaceholderFilter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in catalogue: every provider file listed in {@code rules/index.txt} (a jar cannot list its own folder;
 * a test checks the index against the folder).
 */
public final class BuiltinRules implements RuleSource {
  static final String FOLDER = "/dev/overscope/detectors/rules/";

  private final List<Rule> rules;

  public BuiltinRules() {
    RuleFileLoader loader = new RuleFileLoader(PluginRegistry.installed());
    List<Rule> loaded = new ArrayList<>();
    for (String file : fileNames()) {
      try (InputStream in = BuiltinRules.class.getResourceAsStream(FOLDER + file)) {
        if (in == null) {
          throw new RuleFileException(file + ": listed in index.txt but missing");
        }
        loaded.addAll(loader.load(file, in));
      } catch (IOException e) {
        throw new RuleFileException(file + ": cannot read: " + e.getMessage());
      }
    }
    this.rules = List.copyOf(loaded);
  }

  /** The rule files, as listed in the index. */
  public static List<String> fileNames() {
    try (InputStream in = BuiltinRules.class.getResourceAsStream(FOLDER + "index.txt")) {
      if (in == null) {
        throw new RuleFileException("rules/index.txt is missing from the detectors jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new RuleFileException("rules/index.txt: cannot read: " + e.getMessage());
    }
  }

  @Override
  public List<Rule> rules() {
    return rules;
  }

  @Override
  public List<Validator> globalFilters() {
    return List.of(new PlaceholderFilter());
  }
}
