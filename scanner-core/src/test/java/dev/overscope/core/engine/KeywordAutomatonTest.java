package dev.overscope.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {
  private static List<String> hits(KeywordAutomaton automaton, String text, List<String> keywords) {
    List<String> found = new ArrayList<>();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    automaton.scan(bytes, bytes.length, (keyword, start) -> found.add(keywords.get(keyword) + "@" + start));
    return found;
  }

  @Test
  void findsOverlappingKeywordsIgnoringAsciiCaseWithTheirStartOffsets() {
    List<String> keywords = List.of("token", "api_token", "ghp_");
    KeywordAutomaton automaton = KeywordAutomaton.build(keywords);
    assertThat(hits(automaton, "X API_TOKEN=ghp_abc GHP_", keywords))
        .containsExactly("api_token@2", "token@6", "ghp_@12", "ghp_@20");
  }

  @Test
  void nonAsciiBytesBreakAKeywordButNotTheScan() {
    List<String> keywords = List.of("secret");
    KeywordAutomaton automaton = KeywordAutomaton.build(keywords);
    assertThat(hits(automaton, "sec\u00e9ret secret", keywords)).containsExactly("secret@9");
  }
}
