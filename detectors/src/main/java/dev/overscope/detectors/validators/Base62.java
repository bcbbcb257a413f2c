package dev.overscope.detectors.validators;

/** Base62 with GitHub's alphabet (digits, upper case, lower case), as used by checksummed token formats. */
final class Base62 {
  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private Base62() {}

  /** {@code value} in base62, left-padded with '0' to {@code width} characters. */
  static String encode(long value, int width) {
    StringBuilder out = new StringBuilder();
    long rest = value;
    do {
      out.append(ALPHABET.charAt((int) (rest % 62)));
      rest /= 62;
    } while (rest > 0);
    while (out.length() < width) {
      out.append('0');
    }
    return out.reverse().toString();
  }
}
