package dev.overscope.core.engine;

import dev.overscope.core.rule.Rule;
import java.util.List;

/**
 * Reads a kind of file with a real parser beside the regex engine: Java sources (constant folding, credential
 * sinks), MCP configurations (literal values in {@code env} and {@code headers}). Found through
 * {@link java.util.ServiceLoader}; implemented in {@code detectors}.
 */
public interface SourceAnalyzer {

  /** The name users enable it by ({@code --analyzer NAME}), e.g. {@code java}. */
  default String name() {
    return getClass().getSimpleName();
  }

  /** False for analyzers too slow to run on every scan; they run only when a request names them. */
  default boolean onByDefault() {
    return true;
  }

  /** True when this analyzer reads files at {@code path} (forward slashes), judged by name only. */
  boolean appliesTo(String path);

  /**
   * Detections the regex engine cannot make. Detections of a secret the engine already found in the same blob are
   * dropped by the caller. Must not throw on malformed input: unparsable content yields an empty list.
   */
  List<Detection> analyze(AnalysisInput input);

  /** Rules this analyzer reports under that are not in the regex catalogue (they carry no keywords). */
  default List<Rule> rules() {
    return List.of();
  }

  /**
   * What an analyzer gets: the path it was seen at, the content, and the engine, so a folded or parsed value can be
   * run through the whole rule catalogue.
   */
  record AnalysisInput(String path, ByteText text, Engine engine) {}
}
