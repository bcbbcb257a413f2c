package dev.overscope.report.sarif;

import dev.overscope.core.finding.Finding;
import dev.overscope.report.SecuritySeverity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The findings a SARIF run reports, most severe first, so that when GitHub's result limit cuts the list it cuts the
 * least severe: active before suppressed, then by security-severity, then by level; ties keep the scan's order.
 *
 * @param findings the findings to write, in order
 * @param total how many findings the scan had
 */
record ResultSelection(List<Finding> findings, int total) {
  static ResultSelection of(List<Finding> all, SarifLimits limits) {
    List<Finding> ordered = new ArrayList<>(all);
    // List.sort is stable: equal findings keep the scan's order (severity, path, line).
    ordered.sort(Comparator.<Finding>comparingInt(finding -> finding.suppression().isPresent() ? 1 : 0)
        .thenComparing(Comparator.comparingDouble(ResultSelection::score).reversed())
        .thenComparing(Finding::severity));
    List<Finding> kept = ordered.size() > limits.maxResults() ? ordered.subList(0, limits.maxResults()) : ordered;
    return new ResultSelection(List.copyOf(kept), all.size());
  }

  static double score(Finding finding) {
    return SecuritySeverity.of(finding.verdict(), finding.reach());
  }

  int omitted() {
    return total - findings.size();
  }
}
