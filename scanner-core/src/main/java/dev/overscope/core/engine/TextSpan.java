package dev.overscope.core.engine;

/** Where a secret sits in its blob, start inclusive and end exclusive, 1-based. */
public record TextSpan(int startLine, int startColumn, int endLine, int endColumn) {
  public static TextSpan of(TextPosition start, TextPosition end) {
    return new TextSpan(start.line(), start.column(), end.line(), end.column());
  }
}
