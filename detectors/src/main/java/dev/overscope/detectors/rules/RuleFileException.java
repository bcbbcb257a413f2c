package dev.overscope.detectors.rules;

/** A rule file that cannot be used; the message names the file and the rule. */
public class RuleFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleFileException(String message) {
    super(message);
  }
}
