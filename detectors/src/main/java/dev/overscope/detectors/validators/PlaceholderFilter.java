package dev.overscope.detectors.validators;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rejects values that are documentation or templates rather than credentials: {@code EXAMPLE}, {@code xxxx},
 * {@code ${VAR}}, {@code {{ secrets.X }}}, {@code <your-token>}, {@code changeme}, runs of one character, and the
 * sample keys providers print in their own documentation. Applied to every rule.
 */
public final class PlaceholderFilter implements Validator {
  private static final List<String> MARKERS = List.of(
      "example", "xxxx", "****", "${", "{{", "<", ">", "%s", "changeme", "change_me", "change-me", "placeholder",
      "your_", "your-", "yourtoken", "yourkey", "redacted", "dummy", "sample", "insert", "replace_me", "replaceme",
      "1234567890", "abcdefghij", "0123456789");
  private static final Set<String> DOCUMENTED_SAMPLES = Set.of(
      "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
  /** Whole values that are defaults or words, not secrets (local development databases use them). */
  private static final Set<String> STOP_WORDS = Set.of(
      "password", "passwd", "pass", "secret", "postgres", "root", "admin", "test", "mysql", "changeit", "guest",
      "token", "apikey", "api_key");
  private static final int MAX_RUN = 6;

  @Override
  public String name() {
    return "placeholder";
  }

  @Override
  public boolean accepts(Candidate candidate) {
    return !isPlaceholder(candidate.secret());
  }

  /** True when the value is a template, a documented sample or too repetitive to be random. */
  public static boolean isPlaceholder(String secret) {
    if (DOCUMENTED_SAMPLES.contains(secret)) {
      return true;
    }
    String lower = secret.toLowerCase(Locale.ROOT);
    if (STOP_WORDS.contains(lower)) {
      return true;
    }
    for (String marker : MARKERS) {
      if (lower.contains(marker)) {
        return true;
      }
    }
    return hasLongRun(secret) || secret.chars().distinct().count() <= 3;
  }

  private static boolean hasLongRun(String secret) {
    int run = 1;
    for (int i = 1; i < secret.length(); i++) {
      char c = secret.charAt(i);
      // Separators repeat legitimately ("----" in PEM armour); letters and digits do not in random tokens.
      run = c == secret.charAt(i - 1) && Character.isLetterOrDigit(c) ? run + 1 : 1;
      if (run >= MAX_RUN) {
        return true;
      }
    }
    return false;
  }
}
