package dev.overscope.detectors.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SinkCatalogImageTest {
  @Test
  void theBuildsSinkImageHoldsExactlyWhatSinksYamlSays() throws Exception {
    byte[] yaml;
    try (InputStream in = SinkCatalog.class.getResourceAsStream(SinkCatalog.RESOURCE)) {
      yaml = in.readAllBytes();
    }
    assertThat(SinkCatalog.parsedFromImage(() -> yaml)).contains(SinkCatalog.parse(yaml));
    byte[] edited = (new String(yaml, java.nio.charset.StandardCharsets.UTF_8) + "\n# edited\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(SinkCatalog.parsedFromImage(() -> edited)).isEmpty();
  }
}
