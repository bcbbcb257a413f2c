package dev.overscope.core.engine;

/** Shannon entropy, the floor that keeps formats without structure from matching words and placeholders. */
public final class Entropy {
  private Entropy() {}

  /** Bits per character of {@code text}; 0 for an empty string. */
  public static double shannon(CharSequence text) {
    int length = text.length();
    if (length == 0) {
      return 0;
    }
    int[] counts = new int[128];
    java.util.Map<Character, Integer> others = null;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        counts[c]++;
      } else {
        if (others == null) {
          others = new java.util.HashMap<>();
        }
        others.merge(c, 1, Integer::sum);
      }
    }
    double bits = 0;
    for (int count : counts) {
      bits += term(count, length);
    }
    if (others != null) {
      for (int count : others.values()) {
        bits += term(count, length);
      }
    }
    return bits;
  }

  private static double term(int count, int length) {
    if (count == 0) {
      return 0;
    }
    double p = (double) count / length;
    return -p * (Math.log(p) / Math.log(2));
  }
}
