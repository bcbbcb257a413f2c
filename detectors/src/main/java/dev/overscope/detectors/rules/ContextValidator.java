package dev.overscope.detectors.rules;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.Validator;
import java.util.regex.Pattern;

/**
 * Accepts a match only when given text appears nearby: how formats without a prefix (Railway's bare UUIDs) are told
 * from any other UUID. Runs only on confirmed matches, over a bounded window.
 */
final class ContextValidator implements Validator {
  private final Pattern required;
  private final int window;

  ContextValidator(Pattern required, int window) {
    this.required = required;
    this.window = window;
  }

  @Override
  public String name() {
    return "context";
  }

  @Override
  public boolean accepts(Candidate candidate) {
    CharSequence text = candidate.text();
    int from = Math.max(0, candidate.matchStart() - window);
    int to = Math.min(text.length(), candidate.matchEnd() + window);
    return required.matcher(text.subSequence(from, to)).find();
  }
}
