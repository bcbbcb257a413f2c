package dev.overscope.detectors.validators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceholderFilterTest {
  @Test
  void templatesDocumentationSamplesAndRepeatsArePlaceholders() {
    assertThat(PlaceholderFilter.isPlaceholder("AKIAIOSFODNN7EXAMPLE")).isTrue();
    assertThat(PlaceholderFilter.isPlaceholder("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")).isTrue();
    assertThat(PlaceholderFilter.isPlaceholder("${RAILWAY_API_TOKEN}")).isTrue();
    assertThat(PlaceholderFilter.isPlaceholder("{{ secrets.TOKEN }}")).isTrue();
    assertThat(PlaceholderFilter.isPlaceholder("<your-token>")).isTrue();
    assertThat(PlaceholderFilter.isPlaceholder("changeme")).isTrue();
    assertThat(PlaceholderFilter.isPlaceholder("00000000-0000-0000-0000-000000000000")).isTrue();
    assertThat(PlaceholderFilter.isPlaceholder("password")).isTrue();
  }

  @Test
  void randomLookingValuesAreNot() {
    assertThat(PlaceholderFilter.isPlaceholder("9f1c2e7a-4b3d-4e8f-a1b2-c3d4e5f6a7b8")).isFalse();
    assertThat(PlaceholderFilter.isPlaceholder("Vy+GhtyeDOr3XG24OJT1afjV+D+FWPt2mqKQRRHT")).isFalse();
  }
}
