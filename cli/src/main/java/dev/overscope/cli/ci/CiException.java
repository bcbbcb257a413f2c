package dev.overscope.cli.ci;

/** The CI environment or event cannot be used (missing variable, malformed payload, shallow clone): exit code 2. */
public final class CiException extends Exception {
  private static final long serialVersionUID = 1L;

  public CiException(String message) {
    super(message);
  }
}
