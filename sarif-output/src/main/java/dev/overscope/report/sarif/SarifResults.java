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
import dev.overscope.report.SecuritySeverity;
import dev.overscope.report.Wording;
import dev.overscope.report.git.SourceRoot;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * One SARIF result per finding: the closest location to an agent as the primary one, the other places the same
 * secret appears as related locations, a fingerprint of rule and secret, and never the secret itself.
 */
final class SarifResults {
  /** The partialFingerprints key: a hash of rule id and secret, stable when lines move, new for a new secret. */
  static final String FINGERPRINT_KEY = "overscopeSecret/v1";

  private final SourceRoot root;
  private final SarifLimits limits;

  SarifResults(SourceRoot root, SarifLimits limits) {
    this.root = root;
    this.limits = limits;
  }

  Result result(Finding finding, int ruleIndex) {
    Location primary = finding.primaryLocation();
    PropertyBag properties = new PropertyBag();
    properties.setAdditionalProperty("provider", finding.rule().provider());
    properties.setAdditionalProperty("kind", finding.rule().kind());
    properties.setAdditionalProperty("scope", finding.verdict().scope().label());
    properties.setAdditionalProperty("environment", finding.verdict().environment().label());
    properties.setAdditionalProperty("evidence", finding.verdict().evidence());
    properties.setAdditionalProperty("reach", finding.reach().label());
    properties.setAdditionalProperty("security-severity",
        SecuritySeverity.format(SecuritySeverity.of(finding.verdict(), finding.reach())));
    properties.setAdditionalProperty("redacted", finding.redacted());
    properties.setAdditionalProperty("secretHash", finding.secretHash());
    properties.setAdditionalProperty("violation", finding.violation());
    List<String> agents = primary.exposures().stream().map(AgentExposure::agent).distinct().toList();
    if (!agents.isEmpty()) {
      properties.setAdditionalProperty("agents", agents);
    }
    if (!primary.coverage().isEmpty()) {
      // What agent ignore or deny files do about the place: reported beside the reach, never a discount.
      properties.setAdditionalProperty("coverage", primary.coverage());
    }
    if (primary.origin() instanceof CommitOrigin commit) {
      provenance(properties, commit);
    }
    List<com.contrastsecurity.sarif.Location> related = new ArrayList<>();
    int room = limits.maxLocationsPerResult() - 1;
    for (int i = 1; i < finding.locations().size() && related.size() < room; i++) {
      related.add(location(finding.locations().get(i)).withId(i));
    }
    int omitted = finding.locations().size() - 1 - related.size();
    if (omitted > 0) {
      properties.setAdditionalProperty("omittedLocations", omitted);
    }
    Result result = new Result()
        .withRuleId(finding.rule().id())
        .withRuleIndex(ruleIndex)
        .withLevel(level(finding))
        .withMessage(new Message().withText(Wording.message(finding)))
        .withLocations(List.of(location(primary)))
        .withPartialFingerprints(new PartialFingerprints().withAdditionalProperty(FINGERPRINT_KEY, finding.id()))
        .withProperties(properties);
    if (!related.isEmpty()) {
      // Distinct ids keep java-sarif's LinkedHashSet from merging two equal-looking places.
      result.setRelatedLocations(new LinkedHashSet<>(related));
    }
    finding.suppression().ifPresent(suppression -> result.setSuppressions(new LinkedHashSet<>(List.of(
        suppression(suppression)))));
    return result;
  }

  private static Suppression suppression(dev.overscope.core.finding.Suppression suppression) {
    PropertyBag properties = new PropertyBag();
    properties.setAdditionalProperty("source", suppression.kind().name().toLowerCase(Locale.ROOT));
    return new Suppression()
        .withKind(suppression.kind() == dev.overscope.core.finding.Suppression.Kind.INLINE
            ? Suppression.Kind.IN_SOURCE : Suppression.Kind.EXTERNAL)
        .withStatus(Suppression.Status.ACCEPTED)
        .withJustification(suppression.justification())
        .withProperties(properties);
  }

  private static Result.Level level(Finding finding) {
    return switch (finding.severity()) {
      case ERROR -> Result.Level.ERROR;
      case WARNING -> Result.Level.WARNING;
      case NOTE -> Result.Level.NOTE;
    };
  }

  com.contrastsecurity.sarif.Location location(Location location) {
    var span = location.span();
    Region region = new Region()
        .withStartLine(span.startLine())
        .withStartColumn(span.startColumn())
        .withEndLine(span.endLine())
        .withEndColumn(span.endColumn());
    // The region's own text is the secret: only the redacted line is shown, as the surrounding context.
    Region context = new Region()
        .withStartLine(span.startLine())
        .withEndLine(span.endLine())
        .withSnippet(new ArtifactContent().withText(location.snippet()));
    ArtifactLocation artifact = new ArtifactLocation()
        .withUri(root.uri(location.origin()))
        .withUriBaseId(SourceRoot.SRCROOT);
    PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(artifact).withRegion(region);
    if (!location.snippet().isBlank()) {
      physical.setContextRegion(context);
    }
    com.contrastsecurity.sarif.Location sarif = new com.contrastsecurity.sarif.Location()
        .withPhysicalLocation(physical);
    PropertyBag properties = new PropertyBag();
    properties.setAdditionalProperty("reach", location.reach().label());
    if (location.origin() instanceof CommitOrigin commit) {
      sarif.setMessage(new Message().withText("In commit " + Wording.shortId(commit.commit()) + " by "
          + commit.author() + " on " + commit.time() + ": " + Wording.sentence(commit.subject())));
      provenance(properties, commit);
    } else if (location.origin() instanceof FileOrigin file) {
      sarif.setMessage(new Message().withText(Wording.capitalise(file.tracking().label()) + " file, reach "
          + location.reach().label() + "."));
      properties.setAdditionalProperty("tracking", file.tracking().label());
    } else if (location.origin() instanceof HomeOrigin) {
      sarif.setMessage(new Message().withText("File in the home directory, reach " + location.reach().label() + "."));
    }
    return sarif.withProperties(properties);
  }

  private static void provenance(PropertyBag properties, CommitOrigin commit) {
    properties.setAdditionalProperty("commit", commit.commit());
    properties.setAdditionalProperty("author", commit.author());
    properties.setAdditionalProperty("commitDate", commit.time().toString());
  }
}
