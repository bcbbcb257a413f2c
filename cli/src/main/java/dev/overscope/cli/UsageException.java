package dev.overscope.cli;

/** A problem with what the user asked for; printed as one line, exit code 2. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
