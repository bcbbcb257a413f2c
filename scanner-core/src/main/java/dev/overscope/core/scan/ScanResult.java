package dev.overscope.core.scan;

import dev.overscope.core.finding.Finding;
import dev.overscope.core.policy.Policy;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.source.Notice;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a scan learned, ready for any writer: findings (most severe first), the notices of what it could not
 * read, coverage numbers and the policy verdict. Holds no raw secret unless the request asked to reveal them.
 *
 * @param rules the rules that were active, for writers that describe them (SARIF's rule catalogue)
 */
public record ScanResult(
    Path root, List<Finding> findings, List<Notice> notices, ScanStats stats, Policy policy, List<Rule> rules) {
  public ScanResult {
    findings = List.copyOf(findings);
    notices = List.copyOf(notices);
    rules = List.copyOf(rules);
  }

  /** True when at least one finding fails the policy. */
  public boolean policyFailed() {
    return findings.stream().anyMatch(Finding::violation);
  }

  public List<Finding> violations() {
    return findings.stream().filter(Finding::violation).toList();
  }

  /**
   * True when the time budget ran out before every source was read: the findings are what was found so far, and a
   * passing policy proves nothing about the rest.
   */
  public boolean timedOut() {
    return notices.stream().anyMatch(notice -> notice.kind() == Notice.Kind.TIME_BUDGET);
  }

  /** Notices that mean content the scan meant to read went unread. */
  public List<Notice> coverageLosses() {
    return notices.stream().filter(notice -> notice.kind().lostCoverage()).toList();
  }
}
