package dev.overscope.core.engine;

/** A 1-based line and column. */
public record TextPosition(int line, int column) {}
