package dev.overscope.report.sarif;

import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Suppression;
import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Location;
import dev.overscope.core.reach.AgentExposure;
import dev.overscope.core.source.CommitOrigin;
import dev.overscope.core.source.FileOrigin;
import dev.overscope.core.source.HomeOrigin;
import dev.overscope.report.Wording;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** One SARIF result per finding: primary location, the others as related locations, never the raw secret. */
final class SarifResults {
  /** GitHub code scanning keeps at most 1,000 locations per result. */
  static final int MAX_RELATED_LOCATIONS = 999;

  private SarifResults() {}

  static Result result(Finding finding, int ruleIndex) {
    String message = Wording.headline(finding) + ". " + finding.verdict().evidence() + ". "
        + Wording.reachText(finding) + ". Secret " + finding.redacted() + ".";
    PropertyBag properties = new PropertyBag();
    properties.setAdditionalProperty("provider", finding.rule().provider());
    properties.setAdditionalProperty("kind", finding.rule().kind());
    properties.setAdditionalProperty("scope", finding.verdict().scope().label());
    properties.setAdditionalProperty("environment", finding.verdict().environment().label());
    properties.setAdditionalProperty("evidence", finding.verdict().evidence());
    properties.setAdditionalProperty("reach", finding.reach().label());
    properties.setAdditionalProperty("redacted", finding.redacted());
    properties.setAdditionalProperty("violation", finding.violation());
    properties.setAdditionalProperty("security-severity",
        String.valueOf(Wording.securitySeverity(finding.verdict().scope(), finding.reach())));
    List<String> agents = finding.primaryLocation().exposures().stream().map(AgentExposure::agent).distinct().toList();
    if (!agents.isEmpty()) {
      properties.setAdditionalProperty("agents", agents);
    }
    if (!finding.primaryLocation().coverage().isEmpty()) {
      properties.setAdditionalProperty("coverage", finding.primaryLocation().coverage());
    }
    finding.revealed().ifPresent(secret -> properties.setAdditionalProperty("secret", secret));
    if (finding.primaryLocation().origin() instanceof CommitOrigin commit) {
      properties.setAdditionalProperty("commit", commit.commit());
      properties.setAdditionalProperty("author", commit.author());
      properties.setAdditionalProperty("commitDate", commit.time().toString());
    }
    List<com.contrastsecurity.sarif.Location> related = new ArrayList<>();
    for (int i = 1; i < finding.locations().size() && related.size() < MAX_RELATED_LOCATIONS; i++) {
      related.add(location(finding.locations().get(i)).withId(i));
    }
    Result result = new Result()
        .withRuleId(finding.rule().id())
        .withRuleIndex(ruleIndex)
        .withLevel(level(finding))
        .withMessage(new Message().withText(message))
        .withLocations(List.of(location(finding.primaryLocation())))
        .withPartialFingerprints(new PartialFingerprints().withAdditionalProperty("overscope/v1", finding.id()))
        .withProperties(properties);
    if (!related.isEmpty()) {
      result.setRelatedLocations(new LinkedHashSet<>(related));
    }
    finding.suppression().ifPresent(suppression -> result.setSuppressions(new LinkedHashSet<>(List.of(
        new Suppression()
            .withKind(suppression.kind() == dev.overscope.core.finding.Suppression.Kind.INLINE
                ? Suppression.Kind.IN_SOURCE : Suppression.Kind.EXTERNAL)
            .withStatus(Suppression.Status.ACCEPTED)
            .withJustification(suppression.justification())))));
    return result;
  }

  private static Result.Level level(Finding finding) {
    return switch (finding.severity()) {
      case ERROR -> Result.Level.ERROR;
      case WARNING -> Result.Level.WARNING;
      case NOTE -> Result.Level.NOTE;
    };
  }

  static com.contrastsecurity.sarif.Location location(Location location) {
    var span = location.span();
    Region region = new Region()
        .withStartLine(span.startLine())
        .withStartColumn(span.startColumn())
        .withEndLine(span.endLine())
        .withEndColumn(span.endColumn())
        .withSnippet(new ArtifactContent().withText(location.snippet()));
    // A home file is relative to the audited home directory, which is the run's root.
    String path = location.origin() instanceof HomeOrigin ? location.path().replaceFirst("^~/", "") : location.path();
    ArtifactLocation artifact = new ArtifactLocation().withUri(uri(path)).withUriBaseId(SarifReportWriter.SRCROOT);
    com.contrastsecurity.sarif.Location sarif = new com.contrastsecurity.sarif.Location()
        .withPhysicalLocation(new PhysicalLocation().withArtifactLocation(artifact).withRegion(region));
    if (location.origin() instanceof CommitOrigin commit) {
      sarif.setMessage(new Message().withText("in commit " + commit.commit() + " by " + commit.author()));
    } else if (location.origin() instanceof FileOrigin file) {
      sarif.setMessage(new Message().withText(file.tracking().label() + " file, reach " + location.reach().label()));
    } else if (location.origin() instanceof HomeOrigin) {
      sarif.setMessage(new Message().withText("file in the home directory, reach " + location.reach().label()));
    }
    return sarif;
  }

  /** A relative URI reference with every unsafe character percent-encoded, as SARIF requires. */
  static String uri(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '/' || c == '-' || c == '.' || c == '_' || c == '~';
      out.append(safe ? String.valueOf((char) c) : String.format("%%%02X", c));
    }
    return URI.create(out.toString()).toString();
  }
}
