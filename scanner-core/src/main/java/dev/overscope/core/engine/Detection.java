package dev.overscope.core.engine;

import dev.overscope.core.rule.Rule;
import dev.overscope.core.scope.ScopeVerdict;

/**
 * A validated, classified secret inside one blob: the engine's output, before it gets origins and reach.
 *
 * @param lineText the line holding the secret
 * @param previousLineText the line before it ("" on the first line), where an {@code overscope:allow} may sit
 */
public record Detection(
    Rule rule, String secret, TextSpan span, String lineText, String previousLineText, ScopeVerdict verdict) {
  public Detection {
    previousLineText = previousLineText == null ? "" : previousLineText;
  }

  /** A detection whose previous line is unknown (analyzers that do not track lines). */
  public Detection(Rule rule, String secret, TextSpan span, String lineText, ScopeVerdict verdict) {
    this(rule, secret, span, lineText, "", verdict);
  }
}
