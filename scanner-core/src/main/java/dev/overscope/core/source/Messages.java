package dev.overscope.core.source;

/** Turns exceptions into one-line messages fit for a user, never a stack trace. */
public final class Messages {
  private Messages() {}

  public static String oneLine(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      message = e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message.strip() : message.substring(0, newline).strip();
  }
}
