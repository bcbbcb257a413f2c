package dev.overscope.detectors.java;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.rule.RulePattern;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import dev.overscope.detectors.image.BuiltinImages;
import dev.overscope.detectors.image.ParsedImage;
import dev.overscope.detectors.rules.RuleFile;
import dev.overscope.detectors.rules.RuleFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The analyzer rules and credential sinks of {@code sinks.yaml}, indexed by method, constructor and field name so
 * that each call in a file costs one map lookup.
 */
public final class SinkCatalog {
  static final String RESOURCE = "/dev/overscope/detectors/java/sinks.yaml";
  private static final String FILE = "sinks.yaml";
  private static final String IMAGE = "/dev/overscope/detectors/java/" + BuiltinImages.FILE_NAME;
  /** Analyzer rules never match in the regex engine: they carry no keywords and this pattern matches nothing. */
  private static final RulePattern NEVER = RulePattern.of("(?!)");

  private final Map<String, Rule> rules = new LinkedHashMap<>();
  private final Map<String, String> analyzerOf = new HashMap<>();
  private final Map<String, List<Sink>> byMethod = new HashMap<>();
  private final Map<String, List<Sink>> byConstructor = new HashMap<>();
  private final Map<String, List<Sink>> byField = new HashMap<>();
  private final java.util.Set<String> triggers = new java.util.LinkedHashSet<>();

  private static final SinkCatalog BUILTIN = load();

  public static SinkCatalog builtin() {
    return BUILTIN;
  }

  private static SinkCatalog load() {
    return new SinkCatalog(parsedFromImage(SinkCatalog::source).orElseGet(() -> parse(source())));
  }

  private static byte[] source() {
    try (InputStream in = SinkCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new RuleFileException("sinks.yaml is missing from the detectors jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new RuleFileException("sinks.yaml: cannot read: " + e.getMessage());
    }
  }

  /** The build's pre-parsed image of exactly this file, when there is one ({@link ParsedImage}). */
  static Optional<AnalyzerRuleFile> parsedFromImage(Supplier<byte[]> source) {
    return ParsedImage.readResource(SinkCatalog.class, IMAGE, () -> Map.of(FILE, source.get()), AnalyzerRuleFile.class,
            AnalyzerRuleFile.RuleEntry.class, AnalyzerRuleFile.SinkEntry.class, AnalyzerRuleFile.WhenEntry.class,
            RuleFile.ScopeEntry.class, RuleFile.ExamplesEntry.class, RuleFile.ExampleEntry.class)
        .map(files -> files.get(FILE));
  }

  static AnalyzerRuleFile parse(byte[] source) {
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    try {
      return mapper.readValue(source, AnalyzerRuleFile.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new RuleFileException("sinks.yaml:" + line + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new RuleFileException("sinks.yaml: cannot read: " + e.getMessage());
    }
  }

  /** Parses and checks {@code sinks.yaml}, then writes its image under {@code classes} (the build runs this). */
  public static void writeImage(Path classes) throws IOException {
    byte[] source = source();
    AnalyzerRuleFile parsed = parse(source);
    new SinkCatalog(parsed);
    try (OutputStream out = Files.newOutputStream(classes.resolve(IMAGE.substring(1)))) {
      ParsedImage.write(Map.of(FILE, source), Map.of(FILE, parsed), out);
    }
  }

  SinkCatalog(AnalyzerRuleFile file) {
    for (AnalyzerRuleFile.RuleEntry entry : file.rules()) {
      Rule rule = compile(entry);
      if (rules.put(rule.id(), rule) != null) {
        throw new RuleFileException("sinks.yaml: rule id '" + rule.id() + "' appears twice");
      }
      analyzerOf.put(rule.id(), entry.analyzer() == null ? "java" : entry.analyzer());
    }
    for (AnalyzerRuleFile.SinkEntry entry : file.sinks()) {
      Rule rule = rules.get(entry.rule());
      if (rule == null) {
        throw new RuleFileException("sinks.yaml: sink names unknown rule '" + entry.rule() + "'");
      }
      if (entry.evidence() == null || entry.evidence().isBlank()) {
        throw new RuleFileException("sinks.yaml: a sink of rule '" + entry.rule() + "' needs evidence");
      }
      List<String> receiver = entry.receiver() == null ? List.of() : List.of(entry.receiver().split("\\."));
      Optional<Sink.Condition> when = Optional.ofNullable(entry.when())
          .map(condition -> new Sink.Condition(condition.argument(), condition.equalTo()));
      int argument = Optional.ofNullable(entry.argument()).orElse(0);
      Sink sink = new Sink(rule, receiver, Optional.ofNullable(entry.arity()).orElse(-1), argument, when,
          entry.stripPrefix(), entry.evidence().strip());
      entry.call().forEach(name -> byMethod.computeIfAbsent(name, k -> new ArrayList<>()).add(sink));
      entry.construct().forEach(name -> byConstructor.computeIfAbsent(name, k -> new ArrayList<>()).add(sink));
      if (entry.assign() != null) {
        int dot = entry.assign().lastIndexOf('.');
        Sink assigned = new Sink(rule, dot < 0 ? List.of() : List.of(entry.assign().substring(0, dot).split("\\.")),
            -1, 0, Optional.empty(), entry.stripPrefix(), entry.evidence().strip());
        byField.computeIfAbsent(entry.assign().substring(dot + 1), k -> new ArrayList<>()).add(assigned);
      }
      triggers(entry).forEach(word -> triggers.add(word.toLowerCase(java.util.Locale.ROOT)));
      if (entry.call().isEmpty() && entry.construct().isEmpty() && entry.assign() == null) {
        throw new RuleFileException("sinks.yaml: a sink of rule '" + entry.rule() + "' names no call, new or assign");
      }
    }
  }

  /** Words at least one of which a file must contain for a sink in it to match. */
  java.util.Set<String> triggers() {
    return triggers;
  }

  /**
   * The rarest word a sink's match must contain: its explicit trigger, else the required argument value, else the
   * receiver's first name,
   * else the method, constructor or field name (all of them when a sink lists several: any one may be used).
   */
  private static List<String> triggers(AnalyzerRuleFile.SinkEntry entry) {
    if (!entry.trigger().isEmpty()) {
      return entry.trigger();
    }
    if (entry.when() != null) {
      return List.of(entry.when().equalTo());
    }
    if (entry.receiver() != null) {
      return List.of(entry.receiver().replace("new ", "").split("[.(]")[0]);
    }
    if (entry.assign() != null) {
      return List.of(entry.assign().split("\\.")[0]);
    }
    List<String> names = new ArrayList<>(entry.call());
    names.addAll(entry.construct());
    return names;
  }

  /** The rules reported by one analyzer ({@code java} or {@code spring-config}). */
  List<Rule> rules(String analyzer) {
    return rules.values().stream().filter(rule -> analyzerOf.get(rule.id()).equals(analyzer)).toList();
  }

  Rule rule(String id) {
    Rule rule = rules.get(id);
    if (rule == null) {
      throw new IllegalStateException("sinks.yaml has no rule '" + id + "'");
    }
    return rule;
  }

  List<Sink> methodSinks(String name) {
    return byMethod.getOrDefault(name, List.of());
  }

  List<Sink> constructorSinks(String simpleName) {
    return byConstructor.getOrDefault(simpleName, List.of());
  }

  List<Sink> fieldSinks(String name) {
    return byField.getOrDefault(name, List.of());
  }

  private static Rule compile(AnalyzerRuleFile.RuleEntry entry) {
    String where = "sinks.yaml: rule '" + entry.id() + "'";
    for (String[] field : new String[][] {{"id", entry.id()}, {"provider", entry.provider()},
        {"kind", entry.kind()}, {"description", entry.description()}, {"remediation", entry.remediation()}}) {
      if (field[1] == null || field[1].isBlank()) {
        throw new RuleFileException(where + ": '" + field[0] + "' is required");
      }
    }
    RuleFile.ScopeEntry scope = entry.scope();
    if (scope == null || scope.level() == null || scope.evidence() == null) {
      throw new RuleFileException(where + ": 'scope' needs level and evidence");
    }
    RuleFile.ExamplesEntry examples = entry.examples();
    if (examples == null || examples.positive().isEmpty() || examples.negative().isEmpty()) {
      throw new RuleFileException(where + ": needs positive and negative examples");
    }
    List<Rule.Example> positive = examples.positive().stream()
        .map(example -> new Rule.Example(example.text(), Optional.ofNullable(example.secret()),
            Optional.ofNullable(example.scope()).map(Scope::fromLabel)))
        .toList();
    Environment environment = scope.environment() == null ? Environment.UNKNOWN
        : Environment.fromLabel(scope.environment());
    return new Rule(entry.id(), entry.provider(), entry.kind(), entry.description().strip(),
        entry.remediation().strip(), entry.references(), NEVER, List.of(), 1, 0, List.of(), List.of(),
        new ScopeVerdict(Scope.fromLabel(scope.level()), environment, scope.evidence().strip()),
        new Rule.Examples(positive, examples.negative()));
  }
}
