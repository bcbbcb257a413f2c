package dev.overscope.detectors.rules;

import java.util.Optional;

/**
 * Rejects regex constructs that make backtracking unbounded: {@code *}, {@code +} and {@code {n,}} outside character
 * classes. Bounded repeats keep every anchored confirmation linear in the rule's {@code max-length}.
 */
public final class PatternSafety {
  private PatternSafety() {}

  /** A description of the first unbounded quantifier, or empty when every quantifier is bounded. */
  public static Optional<String> unboundedQuantifier(String regex) {
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
          int end = regex.indexOf("\\E", i + 2);
          i = end < 0 ? regex.length() : end + 1;
        } else {
          i++;
        }
        continue;
      }
      if (inClass) {
        if (c == ']') {
          inClass = false;
        }
        continue;
      }
      if (c == '[') {
        inClass = true;
        // a ']' right after '[' or '[^' is a literal
        if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
          i++;
        }
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          i++;
        }
        continue;
      }
      if (c == '*' || c == '+') {
        // '(?' constructs never use * or +, so any occurrence here is a quantifier
        return Optional.of("'" + c + "' at offset " + i);
      }
      if (c == '{') {
        int close = regex.indexOf('}', i);
        if (close > 0 && isOpenRepeat(regex, i + 1, close)) {
          return Optional.of("'{" + regex.substring(i + 1, close) + "}' at offset " + i);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * True when {@code regex[from..to)} is digits and a final comma: {@code {n,}}. Checked by hand, since every rule's
   * every repeat passes here at each start-up and a regex for it was compiled each time.
   */
  private static boolean isOpenRepeat(String regex, int from, int to) {
    if (to - from < 2 || regex.charAt(to - 1) != ',') {
      return false;
    }
    for (int i = from; i < to - 1; i++) {
      if (regex.charAt(i) < '0' || regex.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
