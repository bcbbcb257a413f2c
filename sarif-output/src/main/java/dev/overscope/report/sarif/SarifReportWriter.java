package dev.overscope.report.sarif;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.util.StdDateFormat;
import dev.overscope.core.finding.Finding;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.Version;
import dev.overscope.core.source.Notice;
import dev.overscope.report.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 through the {@code com.contrastsecurity:java-sarif} model: the rules that fired with their help and
 * {@code security-severity}, one result per secret with a content fingerprint, suppressions for allowed findings,
 * and notifications for what could not be read.
 */
public final class SarifReportWriter implements ReportWriter {
  static final String SRCROOT = "%SRCROOT%";
  static final String INFORMATION_URI = "https://github.com/overscope/overscope";

  private final ObjectMapper mapper = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .setDateFormat(new StdDateFormat().withColonInTimeZone(true))
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public void write(ScanResult result, OutputStream out) throws IOException {
    mapper.writeValue(out, toSarif(result));
    out.write('\n');
    out.flush();
  }

  SarifSchema210 toSarif(ScanResult result) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    List<ReportingDescriptor> descriptors = new ArrayList<>();
    for (Finding finding : result.findings()) {
      Rule rule = finding.rule();
      if (!ruleIndex.containsKey(rule.id())) {
        ruleIndex.put(rule.id(), descriptors.size());
        descriptors.add(SarifRules.descriptor(rule));
      }
    }
    ToolComponent driver = new ToolComponent()
        .withName("Overscope")
        .withVersion(Version.current())
        .withSemanticVersion(Version.current().replace("-SNAPSHOT", ""))
        .withInformationUri(java.net.URI.create(INFORMATION_URI))
        .withRules(new LinkedHashSet<>(descriptors));
    List<com.contrastsecurity.sarif.Result> results = new ArrayList<>();
    for (Finding finding : result.findings()) {
      results.add(SarifResults.result(finding, ruleIndex.get(finding.rule().id())));
    }
    OriginalUriBaseIds baseIds = new OriginalUriBaseIds().withAdditionalProperty(SRCROOT,
        new ArtifactLocation().withUri(result.root().toAbsolutePath().toUri().toString()));
    Run run = new Run()
        .withTool(new Tool().withDriver(driver))
        .withOriginalUriBaseIds(baseIds)
        .withResults(results)
        .withInvocations(List.of(invocation(result)))
        .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS);
    return new SarifSchema210()
        .withVersion(SarifSchema210.Version._2_1_0)
        .with$schema(java.net.URI.create("https://json.schemastore.org/sarif-2.1.0.json"))
        .withRuns(List.of(run));
  }

  private static Invocation invocation(ScanResult result) {
    List<Notification> notifications = new ArrayList<>();
    for (Notice notice : result.coverageLosses()) {
      notifications.add(new Notification()
          .withLevel(Notification.Level.WARNING)
          .withMessage(new Message().withText(notice.path() + ": " + notice.message())));
    }
    return new Invocation()
        .withExecutionSuccessful(true)
        .withExitCode(result.policyFailed() ? 1 : 0)
        .withToolExecutionNotifications(notifications);
  }
}
