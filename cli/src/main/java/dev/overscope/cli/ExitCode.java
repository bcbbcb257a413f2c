package dev.overscope.cli;

/** The process exit codes, documented in the README and in {@code --help}. */
public final class ExitCode {
  /** The scan ran and the policy passed. */
  public static final int PASSED = 0;
  /** The scan ran and at least one finding fails the policy. */
  public static final int POLICY_FAILED = 1;
  /** Bad arguments or configuration: nothing was scanned. */
  public static final int USAGE = 2;
  /** The scan itself failed (the root or a source could not be read). */
  public static final int SCAN_FAILED = 3;

  static final String HELP = "Exit codes: 0 policy passed, 1 policy failed, 2 usage or configuration error,"
      + " 3 the scan itself failed.";

  private ExitCode() {}
}
