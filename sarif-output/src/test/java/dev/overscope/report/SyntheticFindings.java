package dev.overscope.report;

import dev.overscope.core.engine.TextSpan;
import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Fingerprint;
import dev.overscope.core.finding.Location;
import dev.overscope.core.policy.Policy;
import dev.overscope.core.reach.Reach;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.ScanStats;
import dev.overscope.core.scan.Scanner;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import dev.overscope.core.source.FileOrigin;
import dev.overscope.core.source.Tracking;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Many findings built by hand, for limits that a real fixture would take too long to reach. */
final class SyntheticFindings {
  static final Rule RULE = Scanner.builder().withInstalledPlugins().build().rules().stream()
      .filter(rule -> rule.id().equals("github-classic-pat")).findFirst().orElseThrow();

  private SyntheticFindings() {}

  /** {@code count} findings in files src/file-I-J.txt; every seventh is root-scoped, the rest {@code others}. */
  static ScanResult scan(Path root, int count, int locationsEach, Scope others) {
    List<Finding> findings = new ArrayList<>(count);
    Policy policy = Policy.defaults();
    for (int i = 0; i < count; i++) {
      Scope scope = i % 7 == 0 ? Scope.ROOT : others;
      ScopeVerdict verdict = new ScopeVerdict(scope, Environment.UNKNOWN, "fabricated for a limits test");
      List<Location> locations = new ArrayList<>();
      for (int j = 0; j < locationsEach; j++) {
        locations.add(new Location(new FileOrigin("src/file-" + i + "-" + j + ".txt", Tracking.TRACKED),
            new TextSpan(1 + j, 5, 1 + j, 45), Reach.WORKSPACE, List.of(), "TOKEN=ghp_…(40 chars)"));
      }
      String secret = "secret-" + i;
      findings.add(new Finding(Fingerprint.of(RULE.id(), secret), RULE, Fingerprint.secretHash(secret),
          "ghp_…(40 chars)", Optional.empty(), verdict, locations, Reach.WORKSPACE,
          policy.severity(verdict, Reach.WORKSPACE), policy.violates(verdict, Reach.WORKSPACE), Optional.empty()));
    }
    return new ScanResult(root, findings, List.of(), new ScanStats(count, 0, Map.of(), Duration.ZERO), policy,
        List.of(RULE));
  }
}
