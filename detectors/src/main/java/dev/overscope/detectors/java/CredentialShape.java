package dev.overscope.detectors.java;

import dev.overscope.core.engine.Entropy;
import dev.overscope.detectors.validators.PlaceholderFilter;
import java.util.regex.Pattern;

/**
 * Whether a literal looks like a credential rather than a label, a key name, a path or a message: the test that
 * name-based evidence must pass, since a variable name alone is weak.
 */
final class CredentialShape {
  static final double MIN_ENTROPY = 3.0;
  static final int MIN_LENGTH = 8;
  private static final int MAX_LENGTH = 512;
  /** Dotted or slashed identifiers: property keys, class names, host names, resource paths. */
  private static final Pattern IDENTIFIER_PATH =
      Pattern.compile("[A-Za-z_$][\\w$-]*(?:[./:][A-Za-z_$][\\w$-]*)+[./]?");
  /** Upper-case names with underscores: environment variable and constant names. */
  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\d*}|%[sd]|\\$\\{|#\\{|://|^/|\\\\");

  private CredentialShape() {}

  /** True for a value that could be a password, key or token: long enough, random enough, one word. */
  static boolean looksLikeCredential(String value) {
    if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c > '~') {
        return false;
      }
    }
    if (PlaceholderFilter.isPlaceholder(value) || Entropy.shannon(value) < MIN_ENTROPY) {
      return false;
    }
    if (IDENTIFIER_PATH.matcher(value).matches() || CONSTANT_NAME.matcher(value).matches()
        || TEMPLATE.matcher(value).find()) {
      return false;
    }
    // A value that itself names a credential ("keyStorePassword") is a label, not the credential.
    return !CredentialIdentifiers.isCredential(value) && classes(value) >= 2;
  }

  /** A literal credential of any shape: not empty, not a placeholder, not a reference. */
  static boolean isLiteralCredential(String value) {
    String trimmed = value.strip();
    return trimmed.length() >= 4 && !PlaceholderFilter.isPlaceholder(trimmed);
  }

  private static int classes(String value) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean symbol = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      lower |= Character.isLowerCase(c);
      upper |= Character.isUpperCase(c);
      digit |= Character.isDigit(c);
      symbol |= !Character.isLetterOrDigit(c);
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
  }
}
