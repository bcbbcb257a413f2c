package dev.overscope.core.rule;

import java.util.regex.Pattern;

/**
 * A rule's regex, compiled now or the first time a keyword hit needs it. Compiling the 326 built-in patterns took
 * 40 ms of every start-up, and a pre-commit scan confirms a handful; the build compiled each of them when it wrote
 * the catalogue's image, so only those are compiled late. Rules a team writes are compiled when loaded, so that a
 * broken regex is reported then, with its file. Thread-safe: two threads asking at once may both compile it, and
 * either result serves.
 */
public final class RulePattern {
  private final String source;
  private volatile Pattern compiled;

  private RulePattern(String source, Pattern compiled) {
    this.source = source;
    this.compiled = compiled;
  }

  /** A pattern compiled now: a syntax error throws {@link java.util.regex.PatternSyntaxException} here. */
  public static RulePattern of(String regex) {
    return of(Pattern.compile(regex));
  }

  public static RulePattern of(Pattern pattern) {
    return new RulePattern(pattern.pattern(), pattern);
  }

  /** A pattern compiled on first use, for a regex known to compile (the build checked it). */
  public static RulePattern compiledOnFirstUse(String regex) {
    return new RulePattern(regex, null);
  }

  /** The regex as written. */
  public String source() {
    return source;
  }

  public Pattern pattern() {
    Pattern pattern = compiled;
    if (pattern == null) {
      pattern = Pattern.compile(source);
      compiled = pattern;
    }
    return pattern;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RulePattern that && source.equals(that.source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  @Override
  public String toString() {
    return source;
  }
}
