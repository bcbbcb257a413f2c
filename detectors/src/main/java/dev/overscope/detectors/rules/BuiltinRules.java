package dev.overscope.detectors.rules;

import dev.overscope.core.rule.Rule;
import dev.overscope.core.rule.RuleSource;
import dev.overscope.core.rule.Validator;
import dev.overscope.detectors.image.BuiltinImages;
import dev.overscope.detectors.image.ParsedImage;
import dev.overscope.detectors.validators.PlaceholderFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The built-in catalogue: every provider file listed in {@code rules/index.txt} (a jar cannot list its own folder;
 * a test checks the index against the folder).
 */
public final class BuiltinRules implements RuleSource {
  static final String FOLDER = "/dev/overscope/detectors/rules/";

  public BuiltinRules() {}

  /**
   * The compiled catalogue, made once per JVM when first asked for (the holder idiom: thread-safe, immutable after),
   * so that {@link dev.overscope.detectors.BuiltinKnowledge} can load it while the command line is still parsed.
   */
  private static final class Catalogue {
    private static final List<Rule> RULES = load();

    private static List<Rule> load() {
      PluginRegistry plugins = PluginRegistry.installed();
      Optional<Map<String, RuleFile>> image = parsedFromImage(BuiltinRules::sources);
      // The build compiled every pattern of the image when it wrote it: here they wait for their first keyword hit.
      RuleCompiler compiler = image.isPresent() ? RuleCompiler.forBuiltImage(plugins) : new RuleCompiler(plugins);
      Map<String, RuleFile> parsed = image.orElseGet(() -> parse(new RuleFileLoader(plugins), sources()));
      List<Rule> loaded = new ArrayList<>();
      parsed.forEach((file, rules) -> loaded.addAll(compiler.compile(file, rules)));
      return List.copyOf(loaded);
    }
  }

  /** Every listed rule file's bytes, in index order. */
  static Map<String, byte[]> sources() {
    Map<String, byte[]> sources = new LinkedHashMap<>();
    for (String file : fileNames()) {
      try (InputStream in = BuiltinRules.class.getResourceAsStream(FOLDER + file)) {
        if (in == null) {
          throw new RuleFileException(file + ": listed in index.txt but missing");
        }
        sources.put(file, in.readAllBytes());
      } catch (IOException e) {
        throw new RuleFileException(file + ": cannot read: " + e.getMessage());
      }
    }
    return sources;
  }

  /** The build's pre-parsed image of exactly these files, when there is one (see {@link CatalogueImage}). */
  static Optional<Map<String, RuleFile>> parsedFromImage(Supplier<Map<String, byte[]>> sources) {
    return ParsedImage.readResource(BuiltinRules.class, FOLDER + BuiltinImages.FILE_NAME, sources, RuleFile.class,
        RuleFile.RuleEntry.class, RuleFile.ScopeEntry.class, RuleFile.ContextEntry.class, RuleFile.ExamplesEntry.class,
        RuleFile.ExampleEntry.class);
  }

  /** Parses and compiles every rule file, then writes their image under {@code classes} (the build runs this). */
  public static void writeImage(Path classes) throws IOException {
    Map<String, byte[]> sources = sources();
    RuleFileLoader loader = new RuleFileLoader(PluginRegistry.installed());
    Map<String, RuleFile> parsed = parse(loader, sources);
    parsed.forEach(loader::compile);
    try (OutputStream out = Files.newOutputStream(classes.resolve(FOLDER.substring(1)).resolve(BuiltinImages.FILE_NAME))) {
      ParsedImage.write(sources, parsed, out);
    }
  }

  private static Map<String, RuleFile> parse(RuleFileLoader loader, Map<String, byte[]> sources) {
    Map<String, RuleFile> parsed = new LinkedHashMap<>();
    sources.forEach((file, bytes) -> parsed.put(file, loader.parse(file, new ByteArrayInputStream(bytes))));
    return parsed;
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
    return Catalogue.RULES;
  }

  @Override
  public List<Validator> globalFilters() {
    return List.of(new PlaceholderFilter());
  }
}
