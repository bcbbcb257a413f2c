package dev.overscope.detectors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.detectors.image.ParsedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltinImagesTest {
  private static Map<String, RuleFile> parsed(Map<String, byte[]> sources) {
    RuleFileLoader loader = new RuleFileLoader(PluginRegistry.installed());
    Map<String, RuleFile> files = new LinkedHashMap<>();
    sources.forEach((name, bytes) -> files.put(name, loader.parse(name, new ByteArrayInputStream(bytes))));
    return files;
  }

  @Test
  void theBuildsRuleImageHoldsExactlyWhatTheYamlSays() {
    Map<String, byte[]> sources = BuiltinRules.sources();
    // The image the build wrote (exec-maven-plugin, process-classes) is the one every scan starts from.
    assertThat(BuiltinRules.parsedFromImage(() -> sources)).hasValueSatisfying(
        image -> assertThat(image).containsExactlyEntriesOf(parsed(sources)));
  }

  @Test
  void anImageOfOtherSourcesIsIgnoredSoAnEditedRuleIsNeverShadowed() throws IOException {
    Map<String, byte[]> sources = BuiltinRules.sources();
    ByteArrayOutputStream image = new ByteArrayOutputStream();
    ParsedImage.write(sources, parsed(sources), image);
    assertThat(read(image.toByteArray(), sources)).isPresent();

    Map<String, byte[]> edited = new LinkedHashMap<>(sources);
    String first = edited.keySet().iterator().next();
    edited.put(first, (new String(edited.get(first), StandardCharsets.UTF_8) + "\n# edited\n")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(read(image.toByteArray(), edited)).isEmpty();
  }

  @Test
  void anythingButTheRuleModelIsRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new java.util.Date());
    }
    assertThat(read(bytes.toByteArray(), Map.of())).isEmpty();
    assertThat(read(new byte[] {1, 2, 3}, Map.of())).isEmpty();
  }

  private static java.util.Optional<Map<String, RuleFile>> read(byte[] image, Map<String, byte[]> sources) {
    return ParsedImage.read(new ByteArrayInputStream(image), sources, RuleFile.class, RuleFile.RuleEntry.class,
        RuleFile.ScopeEntry.class, RuleFile.ContextEntry.class, RuleFile.ExamplesEntry.class,
        RuleFile.ExampleEntry.class);
  }
}
