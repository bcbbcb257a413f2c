package dev.overscope.detectors.home;

import dev.overscope.core.policy.Policy;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.Scanner;
import dev.overscope.core.source.SourceException;
import java.nio.file.Path;
import java.util.List;

/**
 * Audits a home directory: the CLI credential stores and agent configurations any agent started without a sandbox
 * can read. Findings have reach home; the audit's default policy fails on a root credential there.
 */
public final class HomeAudit {
  /** Root credentials in the home directory are what an unsandboxed agent turns into an incident. */
  public static final String DEFAULT_FAIL_ON = "root:home";

  private HomeAudit() {}

  /** A request for {@code home} with the audit's default policy. */
  public static ScanRequest request(Path home) {
    return ScanRequest.of(home).withPolicy(Policy.parse(DEFAULT_FAIL_ON));
  }

  /** Reads the known locations under the request's root (the home directory) and nothing else. */
  public static ScanResult run(Scanner scanner, ScanRequest request) throws SourceException {
    return scanner.scan(request, List.of(new HomeCredentialSource(request.root())));
  }
}
