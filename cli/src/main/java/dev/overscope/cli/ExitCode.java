package dev.overscope.cli;

import dev.overscope.core.scan.ScanResult;

/** The process exit codes, documented in the README and in {@code --help}. */
public final class ExitCode {
  /** The scan ran and the policy passed. */
  public static final int PASSED = 0;
  /** The scan ran and at least one finding fails the policy. */
  public static final int POLICY_FAILED = 1;
  /** Bad arguments or configuration: nothing was scanned. */
  public static final int USAGE = 2;
  /**
   * The scan itself failed (the root or a source could not be read), or its time budget ran out before the policy
   * failed: the results are partial, and a partial scan never passes.
   */
  public static final int SCAN_FAILED = 3;

  static final String HELP = "Exit codes: 0 policy passed, 1 policy failed, 2 usage or configuration error,"
      + " 3 the scan itself failed or its time budget (--timeout) ran out before the policy failed.";

  private ExitCode() {}

  /** The code of a finished scan: a failed policy wins; a scan cut short by its time budget is never a pass. */
  static int of(ScanResult result) {
    if (result.policyFailed()) {
      return POLICY_FAILED;
    }
    return result.timedOut() ? SCAN_FAILED : PASSED;
  }
}
