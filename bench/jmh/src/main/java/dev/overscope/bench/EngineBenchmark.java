package dev.overscope.bench;

import dev.overscope.core.engine.ByteText;
import dev.overscope.core.engine.Engine;
import dev.overscope.core.engine.KeywordAutomaton;
import dev.overscope.core.scan.Scanner;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's stages on fixed inputs, one thread (per-core figures): the keyword prefilter alone, and the whole
 * engine (prefilter, confirmation at each hit, validators, classifiers) over the full built-in catalogue. The
 * confirm step's cost is the difference of the two on the {@code DENSE} corpus. Read the {@code megabytes} rows:
 * megabytes scanned per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EngineBenchmark {
  private static final int SIZE = 8 << 20;

  @Param({"SOURCE", "DENSE"})
  public String corpus;

  private byte[] bytes;
  private Engine engine;
  private KeywordAutomaton prefilter;

  /** Megabytes scanned, reported by JMH as a rate: MB/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Throughput {
    public double megabytes;
    public long keywordHits;
    /** The buffers a scanning thread reuses, as the engine's threads do. */
    final KeywordAutomaton.HalfHits halfHits = new KeywordAutomaton.HalfHits();

    @Setup(Level.Iteration)
    public void reset() {
      megabytes = 0;
      keywordHits = 0;
    }
  }

  @Setup
  public void setUp() {
    bytes = Corpus.valueOf(corpus).generate(SIZE);
    engine = Scanner.builder().withInstalledPlugins().build().engine();
    List<String> keywords = engine.rules().stream().flatMap(rule -> rule.keywords().stream())
        .map(keyword -> keyword.toLowerCase(Locale.ROOT)).distinct().toList();
    prefilter = KeywordAutomaton.build(keywords);
    if (engine.rules().stream().mapToInt(rule -> rule.keywords().size()).sum() == 0) {
      throw new IllegalStateException("no rules: the built-in catalogue did not load");
    }
  }

  @Benchmark
  public long prefilter(Throughput throughput) {
    long[] hits = {0};
    prefilter.scan(bytes, bytes.length, throughput.halfHits, (keyword, start) -> hits[0]++);
    throughput.megabytes += bytes.length / 1e6;
    throughput.keywordHits += hits[0];
    return hits[0];
  }

  @Benchmark
  public int engine(Throughput throughput) {
    int found = engine.scan(new ByteText(bytes)).size();
    throughput.megabytes += bytes.length / 1e6;
    return found;
  }
}
