package dev.overscope.core.source;

/** A source could not be read at all (missing root, corrupt repository). The message is one clear line. */
public class SourceException extends Exception {
  private static final long serialVersionUID = 1L;

  public SourceException(String message) {
    super(message);
  }

  public SourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
