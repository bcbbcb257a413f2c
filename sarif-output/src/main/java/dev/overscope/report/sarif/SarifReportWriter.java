package dev.overscope.report.sarif;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.contrastsecurity.sarif.VersionControlDetails;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.util.StdDateFormat;
import dev.overscope.core.finding.Finding;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.Version;
import dev.overscope.core.source.FileOrigin;
import dev.overscope.core.source.Notice;
import dev.overscope.core.source.Tracking;
import dev.overscope.report.ReportWriter;
import dev.overscope.report.git.GitProvenance;
import dev.overscope.report.git.RepositoryInfo;
import dev.overscope.report.git.SourceRoot;
import dev.overscope.report.Wording;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 for GitHub code scanning, streamed: the envelope is written with Jackson's generator and each piece
 * (tool, each result, the invocation) is a {@code com.contrastsecurity:java-sarif} object serialized on its own,
 * so a scan with a hundred thousand findings never holds its whole log in memory. Keeps to GitHub's upload limits
 * ({@link SarifLimits}), dropping the least severe results first and saying so in a notification.
 */
public final class SarifReportWriter implements ReportWriter {
  static final String INFORMATION_URI = "https://github.com/overscope/overscope";
  static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

  private final ObjectMapper mapper = new ObjectMapper()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
      .setDateFormat(new StdDateFormat().withColonInTimeZone(true))
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private final Optional<String> category;
  private final SarifLimits limits;

  public SarifReportWriter() {
    this(Optional.empty(), SarifLimits.GITHUB);
  }

  public SarifReportWriter(Optional<String> category) {
    this(category, SarifLimits.GITHUB);
  }

  /** @param category GitHub's analysis category ({@code runs[0].automationDetails.id}), if any */
  public SarifReportWriter(Optional<String> category, SarifLimits limits) {
    this.category = category;
    this.limits = limits;
  }

  @Override
  public void write(ScanResult result, OutputStream out) throws IOException {
    Optional<RepositoryInfo> repository = GitProvenance.read(result.root());
    SourceRoot root = SourceRoot.of(result.root(), repository);
    ResultSelection selection = ResultSelection.of(result.findings(), limits);
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    Tool tool = tool(selection, ruleIndex, result);
    SarifResults results = new SarifResults(root, limits);

    CompressedSizeMeter meter = new CompressedSizeMeter(new BufferedOutputStream(out, 64 * 1024));
    try (JsonGenerator json = mapper.getFactory().createGenerator(meter)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA_URI);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeFieldName("tool");
      mapper.writeValue(json, tool);
      if (category.isPresent()) {
        json.writeFieldName("automationDetails");
        mapper.writeValue(json, new RunAutomationDetails().withId(automationId(category.get())));
      }
      if (repository.isPresent() && repository.get().remoteUri().isPresent()) {
        json.writeFieldName("versionControlProvenance");
        mapper.writeValue(json, List.of(provenance(repository.get())));
      }
      json.writeFieldName("originalUriBaseIds");
      mapper.writeValue(json, new OriginalUriBaseIds().withAdditionalProperty(SourceRoot.SRCROOT,
          new ArtifactLocation().withUri(root.directoryUri())));
      json.writeStringField("columnKind", "utf16CodeUnits");
      json.writeArrayFieldStart("results");
      int written = 0;
      for (Finding finding : selection.findings()) {
        if (meter.compressedBytes() >= limits.maxCompressedBytes()) {
          break;
        }
        mapper.writeValue(json, results.result(finding, ruleIndex.get(finding.rule().id())));
        written++;
      }
      json.writeEndArray();
      json.writeFieldName("invocations");
      mapper.writeValue(json, List.of(invocation(result, root, selection, written)));
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
    meter.finish();
  }

  private Tool tool(ResultSelection selection, Map<String, Integer> ruleIndex, ScanResult result) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    Map<String, Double> severity = new LinkedHashMap<>();
    for (Finding finding : selection.findings()) {
      rules.putIfAbsent(finding.rule().id(), finding.rule());
      severity.merge(finding.rule().id(), ResultSelection.score(finding), Math::max);
    }
    List<ReportingDescriptor> descriptors = new ArrayList<>();
    for (Rule rule : rules.values()) {
      ruleIndex.put(rule.id(), descriptors.size());
      descriptors.add(SarifRules.descriptor(rule, severity.get(rule.id()), result.policy()));
    }
    String version = Version.current();
    ToolComponent driver = new ToolComponent()
        .withName("Overscope")
        .withFullName("Overscope " + version)
        .withVersion(version)
        .withSemanticVersion(version)
        .withInformationUri(URI.create(INFORMATION_URI))
        .withRules(new LinkedHashSet<>(descriptors));
    return new Tool().withDriver(driver);
  }

  /** GitHub reads the category from the id's part before the last '/', so it must end with one. */
  static String automationId(String category) {
    String trimmed = category.strip();
    return trimmed.endsWith("/") ? trimmed : trimmed + "/";
  }

  private static VersionControlDetails provenance(RepositoryInfo repository) {
    VersionControlDetails details = new VersionControlDetails()
        .withRepositoryUri(URI.create(repository.remoteUri().orElseThrow()))
        .withMappedTo(new ArtifactLocation().withUriBaseId(SourceRoot.SRCROOT));
    repository.revision().ifPresent(details::setRevisionId);
    repository.branch().ifPresent(details::setBranch);
    return details;
  }

  private Invocation invocation(ScanResult result, SourceRoot root, ResultSelection selection, int written) {
    List<Notification> notifications = new ArrayList<>();
    if (written < selection.total()) {
      notifications.add(truncation(selection, written));
    }
    List<Notice> losses = result.coverageLosses();
    for (int i = 0; i < losses.size(); i++) {
      if (i == limits.maxNotifications()) {
        notifications.add(new Notification()
            .withLevel(Notification.Level.WARNING)
            .withMessage(new Message().withText((losses.size() - i)
                + " more paths could not be read; the text and JSON reports list them all.")));
        break;
      }
      notifications.add(unreadable(losses.get(i), root));
    }
    return new Invocation()
        .withExecutionSuccessful(true)
        .withExitCode(result.policyFailed() ? 1 : result.timedOut() ? 3 : 0)
        .withToolExecutionNotifications(notifications);
  }

  private Notification truncation(ResultSelection selection, int written) {
    String why = written < selection.findings().size()
        ? "to keep the compressed log under GitHub code scanning's 10 MB upload limit"
        : "because GitHub code scanning rejects a run with more than " + limits.maxResults() + " results";
    return new Notification()
        .withLevel(Notification.Level.WARNING)
        .withMessage(new Message().withText("This log holds the " + written + " most severe of "
            + selection.total() + " findings, " + why + "; the JSON report holds them all."));
  }

  private static Notification unreadable(Notice notice, SourceRoot root) {
    String what = notice.path().isEmpty() ? "The scan is incomplete"
        : "'" + Wording.printable(notice.path()) + "' could not be read";
    Notification notification = new Notification()
        .withLevel(Notification.Level.WARNING)
        .withMessage(new Message().withText(what + " (" + notice.kind().label() + "): "
            + Wording.sentence(notice.message())));
    if (!notice.path().isEmpty()) {
      PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(new ArtifactLocation()
          .withUri(root.uri(new FileOrigin(notice.path(), Tracking.NOT_IN_GIT)))
          .withUriBaseId(SourceRoot.SRCROOT));
      notification.setLocations(new LinkedHashSet<>(List.of(
          new com.contrastsecurity.sarif.Location().withPhysicalLocation(physical))));
    }
    return notification;
  }
}
