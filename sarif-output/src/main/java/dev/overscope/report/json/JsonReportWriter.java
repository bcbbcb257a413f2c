package dev.overscope.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Location;
import dev.overscope.core.reach.AgentExposure;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.Version;
import dev.overscope.core.source.CommitOrigin;
import dev.overscope.core.source.FileOrigin;
import dev.overscope.report.ReportWriter;
import dev.overscope.report.SecuritySeverity;
import dev.overscope.report.Wording;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes {@link JsonReport}: the whole result, redacted, for scripts. */
public final class JsonReportWriter implements ReportWriter {
  private final ObjectMapper mapper = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public void write(ScanResult result, OutputStream out) throws IOException {
    mapper.writeValue(out, toReport(result));
    out.write('\n');
    out.flush();
  }

  static JsonReport toReport(ScanResult result) {
    Map<String, Long> skipped = new LinkedHashMap<>();
    result.stats().skipped().forEach((kind, count) -> skipped.put(kind.label(), count));
    int suppressed = (int) result.findings().stream().filter(finding -> finding.suppression().isPresent()).count();
    JsonReport.Summary summary = new JsonReport.Summary(result.findings().size(), result.violations().size(),
        suppressed, result.policyFailed(), result.policy().describe(), result.stats().blobsScanned(),
        result.stats().bytesScanned(), result.stats().duration().toMillis(), skipped);
    List<JsonReport.JsonFinding> findings = result.findings().stream().map(JsonReportWriter::finding).toList();
    List<JsonReport.JsonNotice> notices = result.notices().stream()
        .map(notice -> new JsonReport.JsonNotice(notice.path(), notice.kind().label(), notice.message()))
        .toList();
    return new JsonReport(JsonReport.SCHEMA, "overscope", Version.current(), result.root().toString(), summary,
        findings, notices);
  }

  private static JsonReport.JsonFinding finding(Finding finding) {
    return new JsonReport.JsonFinding(finding.id(), finding.rule().id(), finding.rule().provider(),
        finding.rule().kind(), finding.severity().label(),
        SecuritySeverity.of(finding.verdict(), finding.reach()), finding.violation(), finding.verdict().scope().label(),
        finding.verdict().environment().label(), finding.verdict().evidence(), finding.reach().label(),
        Wording.reachText(finding), finding.redacted(), finding.revealed().orElse(null), finding.secretHash(),
        finding.rule().remediation(),
        finding.suppression().map(suppression -> suppression.kind().name().toLowerCase(java.util.Locale.ROOT))
            .orElse(null),
        finding.suppression().map(suppression -> suppression.justification()).orElse(null),
        finding.locations().stream().map(JsonReportWriter::location).toList());
  }

  private static JsonReport.JsonLocation location(Location location) {
    String tracking = null;
    String commit = null;
    String author = null;
    String date = null;
    String subject = null;
    if (location.origin() instanceof FileOrigin file) {
      tracking = file.tracking().label();
    } else if (location.origin() instanceof CommitOrigin origin) {
      commit = origin.commit();
      author = origin.author();
      date = origin.time().toString();
      subject = origin.subject();
    }
    List<String> agents = location.exposures().stream().map(AgentExposure::agent).distinct().toList();
    var span = location.span();
    return new JsonReport.JsonLocation(location.path(), span.startLine(), span.startColumn(), span.endLine(),
        span.endColumn(), location.reach().label(), tracking, commit, author, date, subject,
        agents.isEmpty() ? null : agents, location.snippet(),
        location.coverage().isEmpty() ? null : location.coverage());
  }
}
