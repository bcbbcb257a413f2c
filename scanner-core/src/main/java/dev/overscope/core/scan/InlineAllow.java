package dev.overscope.core.scan;

import java.util.Locale;
import java.util.Optional;

/**
 * An {@code overscope:allow <reason>} comment on a secret's line or on the line before it. The reason is what makes
 * it an acceptance: a bare marker does not suppress.
 *
 * @param reason the text after the marker, comment closers removed; empty when none was written
 */
record InlineAllow(String reason) {
  static final String MARKER = "overscope:allow";

  /** True when a reason was written: only then does the comment suppress. */
  boolean suppresses() {
    return !reason.isEmpty();
  }

  /** The allow comment that applies to a secret on {@code line}: the line's own first, then the line before's. */
  static Optional<InlineAllow> find(String line, String previousLine) {
    Optional<InlineAllow> own = parse(line);
    return own.isPresent() ? own : parse(previousLine);
  }

  static Optional<InlineAllow> parse(String line) {
    int at = line.toLowerCase(Locale.ROOT).indexOf(MARKER);
    if (at < 0) {
      return Optional.empty();
    }
    String rest = line.substring(at + MARKER.length());
    if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0)) && rest.charAt(0) != ':') {
      return Optional.empty(); // overscope:allowed, overscope:allowlist: another word, not the marker
    }
    // Comment closers of HTML, C, JSP and Jinja are syntax, not reason.
    for (String closer : new String[] {"-->", "*/", "%>", "#}", "--%>"}) {
      int end = rest.indexOf(closer);
      if (end >= 0) {
        rest = rest.substring(0, end);
      }
    }
    String reason = rest.replaceFirst("^[:\\s]+", "").strip();
    boolean meaningful = reason.chars().anyMatch(Character::isLetterOrDigit);
    return Optional.of(new InlineAllow(meaningful ? reason : ""));
  }
}
