package dev.overscope.detectors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.rule.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CatalogueShapeTest {
  private final BuiltinRules catalogue = new BuiltinRules();

  @Test
  void indexListsEveryRuleFileInTheFolder() throws IOException {
    // The source folder, not the class path: test classes share the package directory.
    Path folder = Path.of("src/main/resources" + BuiltinRules.FOLDER);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".yaml")))
          .containsExactlyInAnyOrderElementsOf(BuiltinRules.fileNames());
    }
  }

  @Test
  void everyPatternStartsWithOneOfItsKeywordsSoItCanBeConfirmedAtTheHit() {
    for (Rule rule : catalogue.rules()) {
      for (Rule.Example example : rule.examples().positive()) {
        var matcher = rule.pattern().matcher(example.text());
        assertThat(matcher.find()).as(rule.id()).isTrue();
        String matched = example.text().substring(matcher.start()).toLowerCase(Locale.ROOT);
        assertThat(rule.keywords()).as("%s: match must begin with a keyword", rule.id())
            .anyMatch(keyword -> matched.startsWith(keyword.toLowerCase(Locale.ROOT)));
      }
    }
  }

  @Test
  void everyRuleStatesWhatItIsHowToFixItAndWhereToReadMore() {
    assertThat(catalogue.rules()).allSatisfy(rule -> {
      assertThat(rule.description()).isNotBlank();
      assertThat(rule.remediation()).isNotBlank();
      assertThat(rule.references()).isNotEmpty();
      assertThat(rule.scope().evidence()).isNotBlank();
    });
  }
}
