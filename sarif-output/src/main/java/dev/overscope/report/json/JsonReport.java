package dev.overscope.report.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Overscope's own JSON model, versioned by {@link #SCHEMA}: stable field names for scripts and dashboards. A field
 * is only ever added within one schema version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JsonReport(
    String schema,
    String tool,
    String version,
    String root,
    Summary summary,
    List<JsonFinding> findings,
    List<JsonNotice> notices) {
  static final String SCHEMA = "overscope/report/v1";

  record Summary(
      int findings, int violations, int suppressed, boolean policyFailed, String policy, long filesScanned,
      long bytesScanned, long durationMillis, Map<String, Long> skipped) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record JsonFinding(
      String id,
      String ruleId,
      String provider,
      String kind,
      String severity,
      double securitySeverity,
      boolean violation,
      String scope,
      String environment,
      String evidence,
      String reach,
      String reachReason,
      String redacted,
      String secret,
      String secretHash,
      String remediation,
      String suppressedBy,
      String suppressionReason,
      List<JsonLocation> locations) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record JsonLocation(
      String path, int line, int column, int endLine, int endColumn, String reach, String tracking, String commit,
      String author, String date, String subject, List<String> agents, String snippet, List<String> coverage) {}

  record JsonNotice(String path, String kind, String message) {}
}
