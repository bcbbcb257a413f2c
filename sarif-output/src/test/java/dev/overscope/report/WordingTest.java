package dev.overscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordingTest {
  /** Sizes, durations and scores print as %.1f would print them, without the Formatter's cold start. */
  @Test
  void oneDecimalReadsAsPrintfWould() {
    for (double value : new double[] {0, 0.04, 0.05, 0.95, 1.25, 9.5, 10, 1298.149, 1298.15, 123456.789}) {
      assertThat(Wording.oneDecimal(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.1f", value));
    }
  }
}
