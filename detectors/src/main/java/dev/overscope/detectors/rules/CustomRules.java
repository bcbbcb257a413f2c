package dev.overscope.detectors.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.rule.RuleSource;
import dev.overscope.core.rule.Validator;
import dev.overscope.detectors.validators.PlaceholderFilter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A team's own rules, in the built-in schema: rule files named by the configuration or {@code --rules}, and rule
 * entries written inline in the configuration. Checked as strictly as the built-ins, examples included: a rule whose
 * example fails is rejected at load, with the file, the rule and the example named.
 */
public final class CustomRules implements RuleSource {
  /** The provider of an inline rule that names none. */
  static final String DEFAULT_PROVIDER = "Custom";

  private final List<Rule> rules;

  private CustomRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * Loads the configuration's rules and every rule file in {@code extra} (files, or folders of {@code .yaml} and
   * {@code .yml} files).
   */
  public static CustomRules load(OverscopeConfig.RulesSection section, List<Path> extra) {
    RuleFileLoader loader = new RuleFileLoader(PluginRegistry.installed());
    List<Rule> loaded = new ArrayList<>();
    for (String file : section.files()) {
      loaded.addAll(loadFile(loader, Path.of(file)));
    }
    for (Path path : extra) {
      for (Path file : ruleFilesIn(path)) {
        loaded.addAll(loadFile(loader, file));
      }
    }
    for (int i = 0; i < section.inline().size(); i++) {
      loaded.addAll(loadInline(loader, "rules.inline[" + i + "]", section.inline().get(i)));
    }
    return new CustomRules(loaded);
  }

  /** Compiles one rule file and runs its examples; does not reject failing examples (see {@link RuleExamples}). */
  public static List<Rule> compileFile(Path file) {
    return compile(new RuleFileLoader(PluginRegistry.installed()), file);
  }

  private static List<Rule> loadFile(RuleFileLoader loader, Path file) {
    List<Rule> compiled = compile(loader, file);
    new RuleExamples(compiled, List.of(new PlaceholderFilter())).requirePassing(file.toString(), compiled);
    return compiled;
  }

  private static List<Rule> compile(RuleFileLoader loader, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new RuleFileException(file + ": rule file not found");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return loader.load(file.toString(), in);
    } catch (IOException e) {
      throw new RuleFileException(file + ": cannot read: " + e.getMessage());
    }
  }

  private static List<Rule> loadInline(RuleFileLoader loader, String where, Map<String, Object> entry) {
    Map<String, Object> rule = new LinkedHashMap<>(entry);
    Object provider = rule.remove("provider");
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("provider", provider == null ? DEFAULT_PROVIDER : String.valueOf(provider));
    file.put("rules", List.of(rule));
    RuleFile parsed;
    try {
      ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      parsed = mapper.treeToValue(mapper.valueToTree(file), RuleFile.class);
    } catch (JsonProcessingException e) {
      throw new RuleFileException(where + ": " + RuleFileLoader.problem(e));
    }
    List<Rule> compiled = new RuleCompiler(PluginRegistry.installed()).compile(where, parsed);
    new RuleExamples(compiled, List.of(new PlaceholderFilter())).requirePassing(where, compiled);
    return compiled;
  }

  private static List<Path> ruleFilesIn(Path path) {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      throw new RuleFileException(path + ": no such rule file or folder");
    }
    try (Stream<Path> files = Files.list(path)) {
      return files.filter(Files::isRegularFile)
          .filter(file -> {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".yaml") || name.endsWith(".yml");
          })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new RuleFileException(path + ": cannot list: " + e.getMessage());
    }
  }

  @Override
  public List<Rule> rules() {
    return rules;
  }

  /** The placeholder filter, so custom rules are filtered like built-ins even with {@code extends: none}. */
  @Override
  public List<Validator> globalFilters() {
    return List.of(new PlaceholderFilter());
  }
}
