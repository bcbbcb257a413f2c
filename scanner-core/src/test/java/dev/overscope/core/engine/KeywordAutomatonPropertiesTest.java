package dev.overscope.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The compressed automaton reports exactly what a naive case-insensitive search over every offset finds. */
class KeywordAutomatonPropertiesTest {
  @Property(tries = 300)
  void everyOccurrenceOfEveryKeywordIsReportedOnce(
      @ForAll @Size(min = 1, max = 12) List<@StringLength(min = 3, max = 6) @CharRange(from = 'a', to = 'e') String> words,
      @ForAll @StringLength(max = 400) @CharRange(from = '_', to = 'f') String filler,
      @ForAll @StringLength(max = 40) @CharRange(from = 'A', to = 'F') String upper) {
    List<String> keywords = words.stream().distinct().toList();
    // Keywords built from a small alphabet overlap and nest often; upper case and '_'/'`' test folding and resets.
    String text = filler + String.join("", keywords) + upper + filler.toUpperCase(Locale.ROOT) + "\u00e9" + filler;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<String> reported = new ArrayList<>();
    KeywordAutomaton.build(keywords).scan(bytes, bytes.length, (k, start) -> reported.add(k + "@" + start));
    assertThat(reported).containsExactlyInAnyOrderElementsOf(naive(keywords, bytes));
  }

  /**
   * Long texts are stepped as two halves at once: the hits, and their order, are those of one stream, however the
   * keywords fall across the middle, the windows and the non-ASCII bytes that reset the automaton.
   */
  @Property(tries = 200)
  void twoHalvesReportWhatOneStreamReportsInTheSameOrder(
      @ForAll @Size(min = 1, max = 12) List<@StringLength(min = 3, max = 9) @CharRange(from = 'a', to = 'e') String> words,
      @ForAll @StringLength(min = 1, max = 40) @CharRange(from = '_', to = 'f') String filler,
      @ForAll @IntRange(min = 4000, max = 140_000) int length) {
    List<String> keywords = words.stream().distinct().toList();
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < length; i++) {
      text.append(filler).append(keywords.get(i % keywords.size()));
      text.append(i % 3 == 0 ? "E" : i % 3 == 1 ? "\u00e9" : "");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    KeywordAutomaton automaton = KeywordAutomaton.build(keywords);
    List<String> oneStream = new ArrayList<>();
    automaton.scan(bytes, bytes.length, (k, start) -> oneStream.add(k + "@" + start));
    List<String> halves = new ArrayList<>();
    KeywordAutomaton.HalfHits reused = new KeywordAutomaton.HalfHits();
    automaton.scan(bytes, bytes.length, reused, (k, start) -> halves.add(k + "@" + start));
    List<String> again = new ArrayList<>();
    automaton.scan(bytes, bytes.length, reused, (k, start) -> again.add(k + "@" + start));

    assertThat(halves).isEqualTo(oneStream).isEqualTo(again);
    assertThat(oneStream).containsExactlyInAnyOrderElementsOf(naive(keywords, bytes));
  }

  private static List<String> naive(List<String> keywords, byte[] bytes) {
    String folded = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    List<String> found = new ArrayList<>();
    for (int k = 0; k < keywords.size(); k++) {
      for (int at = folded.indexOf(keywords.get(k)); at >= 0; at = folded.indexOf(keywords.get(k), at + 1)) {
        found.add(k + "@" + at);
      }
    }
    return found;
  }
}
