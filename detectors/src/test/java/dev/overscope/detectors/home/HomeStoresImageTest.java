package dev.overscope.detectors.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HomeStoresImageTest {
  @Test
  void theBuildsHomeStoreImageHoldsExactlyWhatTheYamlSays() throws Exception {
    byte[] yaml;
    try (InputStream in = HomeStores.class.getResourceAsStream("/dev/overscope/detectors/home/home-stores.yaml")) {
      yaml = in.readAllBytes();
    }
    assertThat(HomeStores.parsedFromImage(() -> yaml)).contains(HomeStores.parse(yaml));
    assertThat(HomeStores.builtin()).isEqualTo(HomeStores.parse(yaml).stores());
    byte[] edited = (new String(yaml, StandardCharsets.UTF_8) + "\n# edited\n").getBytes(StandardCharsets.UTF_8);
    assertThat(HomeStores.parsedFromImage(() -> edited)).isEmpty();
  }
}
