package dev.overscope.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Fixed benchmark inputs, generated from a seed so that every run and every machine scans the same bytes.
 * {@code SOURCE} reads like application code and configuration (identifiers with words such as token, key, path,
 * password; URLs; hashes); {@code DENSE} puts a keyword that fails confirmation on every line (token prefixes with
 * short or wrong bodies), the confirm step's worst case.
 */
enum Corpus {
  SOURCE, DENSE;

  private static final String[] WORDS = {"user", "token", "request", "path", "segment", "handler", "api", "client",
      "secret", "password", "key", "auth", "session", "config", "value", "result", "error", "buffer", "parse",
      "pattern", "global", "access", "account", "service", "cache", "retry", "timeout", "stripe", "github", "slack"};
  private static final String[] NEAR_MISSES = {"ghp_abc123", "AKIA12345", "sk_live_short", "xoxb-12-34", "glpat-xyz",
      "AIzaSyShort", "-----BEGIN CERTIFICATE-----", "eyJhbGciOi", "SG.short.key", "hf_tiny", "npm_abc",
      "https://user@host/", "password = changeme", "api_key: ${API_KEY}", "token: <token>", "re_123", "pat.x"};
  private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  /** About {@code size} bytes of this corpus. */
  byte[] generate(int size) {
    Random random = new Random(42);
    StringBuilder text = new StringBuilder(size + 256);
    while (text.length() < size) {
      if (this == DENSE || random.nextInt(100) < 4) {
        text.append("  ").append(identifier(random)).append(" = \"")
            .append(NEAR_MISSES[random.nextInt(NEAR_MISSES.length)]).append("\"\n");
        continue;
      }
      switch (random.nextInt(6)) {
        case 0 -> text.append("  // ").append(identifier(random)).append(' ').append(identifier(random))
            .append(" for the ").append(WORDS[random.nextInt(WORDS.length)]).append('\n');
        case 1 -> text.append(WORDS[random.nextInt(WORDS.length)]).append('.').append(identifier(random))
            .append(": ").append(random.nextInt(10_000)).append('\n');
        case 2 -> text.append("  \"integrity\": \"sha512-").append(random(random, 64)).append("\",\n");
        case 3 -> text.append("  https://").append(WORDS[random.nextInt(WORDS.length)]).append(".example.org/")
            .append(identifier(random)).append('\n');
        default -> text.append("    final ").append(identifier(random)).append(' ').append(identifier(random))
            .append(" = ").append(identifier(random)).append('(').append(identifier(random)).append(");\n");
      }
    }
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String identifier(Random random) {
    String first = WORDS[random.nextInt(WORDS.length)];
    String second = WORDS[random.nextInt(WORDS.length)];
    return first + Character.toUpperCase(second.charAt(0)) + second.substring(1);
  }

  private static String random(Random random, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
    }
    return out.toString();
  }
}
