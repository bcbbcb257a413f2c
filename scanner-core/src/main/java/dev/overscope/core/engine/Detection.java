package dev.overscope.core.engine;

import dev.overscope.core.rule.Rule;
import dev.overscope.core.scope.ScopeVerdict;

/** A validated, classified secret inside one blob: the engine's output, before it gets origins and reach. */
public record Detection(Rule rule, String secret, TextSpan span, String lineText, ScopeVerdict verdict) {}
