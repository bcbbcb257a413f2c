package dev.overscope.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {
  @Test
  void readsAWholeNumberAndAUnit() {
    assertThat(DurationText.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(DurationText.parse("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(DurationText.parse(" 1H ")).isEqualTo(Duration.ofHours(1));
    assertThat(DurationText.parse("250ms")).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void refusesWhatIsNotAPositiveDurationWithoutRepeatingIt() {
    for (String bad : new String[] {"", "90", "s", "1.5h", "-5s", "10 minutes", "1h30m", "9999999999s"}) {
      assertThatThrownBy(() -> DurationText.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("not a duration: write a whole number and a unit, e.g. 90s, 10m or 1h");
    }
    assertThatThrownBy(() -> DurationText.parse("0s")).hasMessageContaining("positive");
  }

  @Test
  void writesDurationsBackTheWayTheyAreRead() {
    for (String text : new String[] {"90s", "10m", "1h", "250ms", "61m"}) {
      assertThat(DurationText.format(DurationText.parse(text))).isEqualTo(text);
    }
    assertThat(DurationText.format(Duration.ofSeconds(120))).isEqualTo("2m");
  }
}
