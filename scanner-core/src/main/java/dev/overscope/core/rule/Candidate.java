package dev.overscope.core.rule;

import dev.overscope.core.engine.ByteText;
import java.util.Map;

/**
 * A confirmed pattern match before it is judged: the secret, where it sits in the blob, and the text around it for
 * validators and classifiers to read.
 *
 * @param groups named groups of the match other than {@code secret}, for classifiers (a URL's user, say)
 */
public record Candidate(
    Rule rule,
    String secret,
    int secretStart,
    int secretEnd,
    int matchStart,
    int matchEnd,
    Map<String, String> groups,
    ByteText text) {

  /** The whole matched text. */
  public String match() {
    return text.subSequence(matchStart, matchEnd).toString();
  }

  /** Characters of context kept either side of a secret on its line. */
  public static final int LINE_CONTEXT = 400;

  /** The line holding the start of the secret, without its terminator, cut to a bounded window around it. */
  public String line() {
    return text.lineAround(secretStart, Math.max(LINE_CONTEXT, secretEnd - secretStart + LINE_CONTEXT));
  }

  /** Up to {@code chars} characters before the match on the same and earlier lines. */
  public String before(int chars) {
    return text.subSequence(Math.max(0, matchStart - chars), matchStart).toString();
  }
}
