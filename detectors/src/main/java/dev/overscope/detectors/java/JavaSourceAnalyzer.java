package dev.overscope.detectors.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import dev.overscope.core.engine.Detection;
import dev.overscope.core.engine.Engine;
import dev.overscope.core.engine.SourceAnalyzer;
import dev.overscope.core.rule.Rule;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads {@code .java} files with JavaParser to find credentials a line-based scanner misses: keys assembled from
 * constants, literals passed to credential APIs ({@code sinks.yaml}), and literals of credential shape held by
 * credential-named variables. A file that does not parse, or is larger than 2 MB (generated code), is left to the
 * regex engine and counted.
 */
public final class JavaSourceAnalyzer implements SourceAnalyzer {
  /** Larger files are generated code in practice, and parse times grow with them. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  private final SinkCatalog catalog = SinkCatalog.builtin();
  private final AtomicLong analyzed = new AtomicLong();
  private final AtomicLong unparsable = new AtomicLong();
  private final AtomicLong oversized = new AtomicLong();
  private final AtomicLong gated = new AtomicLong();
  /** The gate depends on the engine's keywords; one scan uses one engine, so the last one is kept. */
  private volatile GateFor gate;

  private record GateFor(Engine engine, ParseGate gate) {}

  @Override
  public String name() {
    return "java";
  }

  /** Off by default: JavaParser reads about 1 MB/s, so a Java-heavy tree would scan ten times slower. */
  @Override
  public boolean onByDefault() {
    return false;
  }

  @Override
  public boolean appliesTo(String path) {
    return path.endsWith(".java");
  }

  @Override
  public List<Detection> analyze(AnalysisInput input) {
    if (input.text().length() > MAX_BYTES) {
      oversized.incrementAndGet();
      return List.of();
    }
    try {
      if (!gate(input.engine()).worthParsing(input.text())) {
        gated.incrementAndGet();
        return List.of();
      }
      String source = input.text().toString();
      Optional<CompilationUnit> unit = parse(source);
      if (unit.isEmpty()) {
        unparsable.incrementAndGet();
        return List.of();
      }
      analyzed.incrementAndGet();
      return new JavaFileAnalysis(input, source, unit.get(), catalog).run();
    } catch (RuntimeException | StackOverflowError e) {
      // Malformed input must never sink the scan: the regex engine has already read this file.
      unparsable.incrementAndGet();
      return List.of();
    }
  }

  @Override
  public List<Rule> rules() {
    return catalog.rules("java");
  }

  /** Files parsed and analysed. */
  public long filesAnalyzed() {
    return analyzed.get();
  }

  /** Files that did not parse (syntax errors) and were left to the regex engine alone. */
  public long parseFailures() {
    return unparsable.get();
  }

  /** Files not parsed because they hold no word the analysis could report on (see {@link ParseGate}). */
  public long filesSkipped() {
    return gated.get();
  }

  /** Files over {@link #MAX_BYTES}, left to the regex engine alone. */
  public long oversizedFiles() {
    return oversized.get();
  }

  private ParseGate gate(Engine engine) {
    GateFor current = gate;
    if (current == null || current.engine() != engine) {
      current = new GateFor(engine, new ParseGate(engine, catalog));
      gate = current;
    }
    return current.gate();
  }

  private static Optional<CompilationUnit> parse(String source) {
    // Token storage is what gives nodes their ranges; comments are not needed.
    ParserConfiguration configuration = new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE)
        .setStoreTokens(true)
        .setAttributeComments(false);
    ParseResult<CompilationUnit> result = new JavaParser(configuration).parse(source);
    // Problems with a cause are syntax errors; the rest are language-level checks, harmless here.
    boolean syntaxError = result.getProblems().stream().anyMatch(problem -> problem.getCause().isPresent());
    return syntaxError ? Optional.empty() : result.getResult();
  }
}
