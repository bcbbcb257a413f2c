package dev.overscope.detectors.scope;

import dev.overscope.core.rule.Candidate;

/** Bounded views of the text around a candidate, for classifiers that read neighbouring fields. */
final class Surroundings {
  private Surroundings() {}

  /** Up to {@code before} characters before the match and {@code after} characters after it, match included. */
  static String around(Candidate candidate, int before, int after) {
    CharSequence text = candidate.text();
    int from = Math.max(0, candidate.matchStart() - before);
    int to = Math.min(text.length(), candidate.matchEnd() + after);
    return text.subSequence(from, to).toString();
  }

  /** The text between the start of the secret's line and the secret. */
  static String lineBeforeSecret(Candidate candidate) {
    CharSequence text = candidate.text();
    int start = candidate.secretStart();
    while (start > 0 && text.charAt(start - 1) != '\n' && candidate.secretStart() - start < 400) {
      start--;
    }
    return text.subSequence(start, candidate.secretStart()).toString();
  }
}
