package dev.overscope.core.finding;

import java.util.List;
import java.util.Locale;

/**
 * Hides secrets. What stays visible is the rule's own literal prefix (`ghp_`, `sk_live_`: no secret in it) or, for
 * formats without one, at most 4 characters and never more than a quarter of the secret; then an ellipsis and the
 * length. Nothing from the end of a secret is ever shown.
 */
public final class Redactor {
  private static final int MAX_FREE_PREFIX = 4;

  private Redactor() {}

  public static String redact(String secret, List<String> keywords) {
    int visible = Math.min(MAX_FREE_PREFIX, secret.length() / 4);
    String lower = secret.toLowerCase(Locale.ROOT);
    for (String keyword : keywords) {
      if (keyword.length() <= secret.length() / 2 && lower.startsWith(keyword.toLowerCase(Locale.ROOT))) {
        visible = Math.max(visible, keyword.length());
      }
    }
    return secret.substring(0, visible) + "…(" + secret.length() + " chars)";
  }

  /** {@code line} with every listed secret replaced by its redacted form, cut to at most {@code maxLength}. */
  public static String redactLine(String line, List<String> secrets, List<String> keywords, int maxLength) {
    String redacted = line;
    for (String secret : secrets) {
      if (!secret.isEmpty()) {
        redacted = redacted.replace(secret, redact(secret, keywords));
      }
    }
    if (redacted.length() > maxLength) {
      redacted = redacted.substring(0, maxLength) + "…";
    }
    return redacted;
  }
}
