package dev.overscope.core.scan;

/**
 * An option or configuration that cannot be used: nothing was scanned. {@link #setting()} says which one, so each
 * front end can name it its own way ({@code --fail-on} on the command line, {@code failOn} in a POM).
 */
public final class ScanSetupException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The setting at fault. */
  public enum Setting {
    /** The configuration file: missing, unreadable or invalid; the message names file, line and field. */
    CONFIG_FILE,
    FAIL_ON,
    MAX_FILE_SIZE,
    THREADS,
    /** The time budget: not a duration, or not positive. */
    TIMEOUT,
    /** The baseline file: missing or invalid; the message names the file. */
    BASELINE
  }

  private final Setting setting;

  public ScanSetupException(Setting setting, String problem) {
    super(problem);
    this.setting = setting;
  }

  public Setting setting() {
    return setting;
  }
}
