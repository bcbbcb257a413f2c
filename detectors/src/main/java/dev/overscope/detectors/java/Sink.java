package dev.overscope.detectors.java;

import dev.overscope.core.rule.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One compiled credential sink.
 *
 * @param receiver dotted segments the call's receiver chain must contain in a row; empty for any receiver
 * @param arity the argument count required, or -1 for any
 * @param when an argument index and the value (case and punctuation ignored) it must hold, or empty
 */
record Sink(Rule rule, List<String> receiver, int arity, int argument, Optional<Condition> when,
    List<String> stripPrefixes, String evidence) {

  /** Another argument's required value. */
  record Condition(int argument, String value) {
    boolean accepts(String candidate) {
      return normalise(candidate).equals(normalise(value));
    }

    private static String normalise(String text) {
      return text.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
  }

  boolean acceptsArity(int count) {
    return (arity < 0 || count == arity) && argument < count;
  }

  /** True when {@code chain} (the receiver's segments) holds this sink's receiver segments in a row. */
  boolean acceptsReceiver(List<String> chain) {
    if (receiver.isEmpty()) {
      return true;
    }
    for (int start = 0; start + receiver.size() <= chain.size(); start++) {
      if (chain.subList(start, start + receiver.size()).equals(receiver)) {
        return true;
      }
    }
    return false;
  }

  /** The value without an authentication scheme such as {@code Bearer }. */
  String stripped(String value) {
    for (String prefix : stripPrefixes) {
      if (value.regionMatches(true, 0, prefix + " ", 0, prefix.length() + 1)) {
        return value.substring(prefix.length() + 1).strip();
      }
    }
    return value;
  }
}
