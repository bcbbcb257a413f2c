package dev.overscope.core.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in flags and YAML: a whole number and a unit, {@code 500ms}, {@code 90s},
 * {@code 10m}, {@code 1h}. One parser for {@code --timeout}, {@code limits.timeout} and the Maven plugin.
 */
public final class DurationText {
  private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

  private DurationText() {}

  /**
   * The duration {@code text} names; throws with a sentence fit for the user when it names none or zero. The message
   * does not repeat the text: configuration errors never echo values.
   */
  public static Duration parse(String text) {
    String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    Matcher matcher = FORM.matcher(trimmed);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "not a duration: write a whole number and a unit, e.g. 90s, 10m or 1h (ms, s, m, h)");
    }
    long amount = Long.parseLong(matcher.group(1));
    Duration duration = switch (matcher.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
    if (duration.isZero()) {
      throw new IllegalArgumentException("no time at all: give a positive duration, e.g. 90s");
    }
    return duration;
  }

  /** The shortest way to write {@code duration} back in the form {@link #parse} reads: 90s, 10m, 1h, 250ms. */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 3_600_000 == 0) {
      return millis / 3_600_000 + "h";
    }
    if (millis % 60_000 == 0) {
      return millis / 60_000 + "m";
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + "s";
    }
    return millis + "ms";
  }
}
