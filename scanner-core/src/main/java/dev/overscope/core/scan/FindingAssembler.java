package dev.overscope.core.scan;

import dev.overscope.core.config.Baseline;
import dev.overscope.core.engine.Detection;
import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Fingerprint;
import dev.overscope.core.finding.Location;
import dev.overscope.core.finding.Redactor;
import dev.overscope.core.finding.Suppression;
import dev.overscope.core.policy.Policy;
import dev.overscope.core.policy.Severity;
import dev.overscope.core.reach.Reach;
import dev.overscope.core.reach.ReachResolver;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.source.CommitOrigin;
import dev.overscope.core.source.FileOrigin;
import dev.overscope.core.source.HomeOrigin;
import dev.overscope.core.source.Notice;
import dev.overscope.core.source.Origin;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Groups detections into findings (one per rule and secret, with every place it was seen), decides each location's
 * reach, applies inline allows, the allowlist, the baseline and the policy, and redacts.
 */
final class FindingAssembler {
  private static final int SNIPPET_LENGTH = 240;

  private final ReachResolver reachResolver;
  private final Policy policy;
  private final Allowlist allowlist;
  private final Baseline baseline;
  private final Map<String, Severity> severityOverrides;
  private final boolean revealSecrets;
  private final List<Notice> notices = new ArrayList<>();

  /**
   * @param severityOverrides severities by rule id or provider name (matched without regard to case)
   */
  FindingAssembler(ReachResolver reachResolver, Policy policy, Allowlist allowlist, Baseline baseline,
      Map<String, String> severityOverrides, boolean revealSecrets) {
    this.reachResolver = reachResolver;
    this.policy = policy;
    this.allowlist = allowlist;
    this.baseline = baseline;
    Map<String, Severity> overrides = new HashMap<>();
    severityOverrides.forEach((key, value) -> overrides.put(key.toLowerCase(Locale.ROOT), Severity.fromLabel(value)));
    this.severityOverrides = Map.copyOf(overrides);
    this.revealSecrets = revealSecrets;
  }

  List<Finding> assemble(List<BlobRecord> matched) {
    FoundSecretRedactor found = FoundSecretRedactor.of(matched);
    Map<String, Group> groups = new LinkedHashMap<>();
    for (BlobRecord record : matched) {
      List<Detection> detections = record.detections();
      for (Detection detection : detections) {
        String id = Fingerprint.of(detection.rule().id(), detection.secret());
        Group group = groups.computeIfAbsent(id, key -> new Group(key, detection));
        String snippet = redactedLine(detection, detections);
        for (Origin origin : record.origins()) {
          Location location = locate(origin instanceof CommitOrigin commit ? found.apply(commit) : origin,
              detection, snippet);
          group.places.add(new Place(location, suppressionOf(location, id, detection, found)));
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Group group : groups.values()) {
      if (!group.places.isEmpty()) {
        findings.add(toFinding(group));
      }
    }
    findings.sort(Comparator.comparing(Finding::severity)
        .thenComparing(finding -> finding.primaryLocation().path())
        .thenComparingInt(finding -> finding.primaryLocation().span().startLine())
        .thenComparing(Finding::id));
    return findings;
  }

  /** What the assembly has to tell the user beyond findings: allow comments that did not suppress. */
  List<Notice> notices() {
    return List.copyOf(notices);
  }

  /** An inline allow with a reason wins over the configuration: it is the more specific acceptance. */
  private Optional<Suppression> suppressionOf(Location location, String id, Detection detection,
      FoundSecretRedactor found) {
    Optional<InlineAllow> inline = InlineAllow.find(detection.lineText(), detection.previousLineText());
    if (inline.isPresent()) {
      if (inline.get().suppresses()) {
        String reason = found.redact(inline.get().reason());
        return Optional.of(new Suppression(Suppression.Kind.INLINE, reason));
      }
      notices.add(new Notice(location.path(), Notice.Kind.ALLOW_WITHOUT_REASON, "line " + location.span().startLine()
          + ": '" + InlineAllow.MARKER + "' without a reason does not suppress finding " + id
          + "; write why it is safe after it"));
    }
    return allowlist.match(location.path(), id, detection.secret(), detection.lineText());
  }

  private Finding toFinding(Group group) {
    Detection first = group.first;
    Rule rule = first.rule();
    List<Location> active = new ArrayList<>();
    Optional<Suppression> suppression = Optional.empty();
    // Sources read on several threads, so places arrive in any order; sorted, the suppression quoted is the same
    // on every run.
    group.places.sort(Comparator.comparing((Place place) -> place.location().reach())
        .thenComparing(place -> place.location().path())
        .thenComparingInt(place -> place.location().span().startLine())
        .thenComparing(place -> place.location().origin().toString()));
    List<Place> places = HistoryLocations.collapse(group.places, Place::location,
        (place, location) -> new Place(location, place.suppression));
    for (Place place : places) {
      if (place.suppression.isEmpty()) {
        active.add(place.location);
      } else if (suppression.isEmpty()) {
        suppression = place.suppression;
      }
    }
    boolean suppressed = active.isEmpty();
    if (!suppressed && baseline.contains(group.id)) {
      suppressed = true;
      suppression = Optional.of(new Suppression(Suppression.Kind.BASELINE, "accepted in the baseline"));
    }
    List<Location> shown = new ArrayList<>(active.isEmpty()
        ? places.stream().map(Place::location).toList() : active);
    shown.sort(Comparator.comparing(Location::reach)
        .thenComparing(Location::path)
        .thenComparingInt(location -> location.span().startLine()));
    Reach reach = shown.get(0).reach();
    ScopeVerdict verdict = first.verdict();
    Severity severity = severityOf(rule, verdict, reach);
    boolean violation = !suppressed && policy.violates(verdict, reach);
    return new Finding(group.id, rule, Fingerprint.secretHash(first.secret()),
        Redactor.redact(first.secret(), rule.keywords()),
        revealSecrets ? Optional.of(first.secret()) : Optional.empty(),
        verdict, shown, reach, severity, violation, suppressed ? suppression : Optional.empty());
  }

  private Severity severityOf(Rule rule, ScopeVerdict verdict, Reach reach) {
    Severity byRule = severityOverrides.get(rule.id().toLowerCase(Locale.ROOT));
    if (byRule != null) {
      return byRule;
    }
    Severity byProvider = severityOverrides.get(rule.provider().toLowerCase(Locale.ROOT));
    return byProvider != null ? byProvider : policy.severity(verdict, reach);
  }

  private Location locate(Origin origin, Detection detection, String snippet) {
    if (origin instanceof FileOrigin file) {
      ReachResolver.WorkspaceReach reach = reachResolver.forWorkspaceFile(file.path());
      return new Location(origin, detection.span(), reach.reach(), reach.exposures(), snippet, reach.coverage());
    }
    if (origin instanceof HomeOrigin home) {
      ReachResolver.WorkspaceReach reach = reachResolver.forHomeFile(home.path());
      return new Location(origin, detection.span(), reach.reach(), reach.exposures(), snippet);
    }
    if (origin instanceof CommitOrigin) {
      return new Location(origin, detection.span(), Reach.HISTORY, List.of(), snippet);
    }
    throw new IllegalStateException("unknown origin " + origin.getClass());
  }

  private static String redactedLine(Detection detection, List<Detection> sameBlob) {
    List<String> secretsOnLine = new ArrayList<>();
    List<String> keywords = new ArrayList<>();
    for (Detection other : sameBlob) {
      if (other.lineText().equals(detection.lineText())) {
        secretsOnLine.add(other.secret());
        keywords.addAll(other.rule().keywords());
      }
    }
    // Longest first, so a secret containing another is replaced whole.
    secretsOnLine.sort(Comparator.comparingInt(String::length).reversed());
    return Redactor.redactLine(detection.lineText().strip(), secretsOnLine, keywords, SNIPPET_LENGTH);
  }

  /** One place a secret was seen and whether that place is accepted. */
  private record Place(Location location, Optional<Suppression> suppression) {}

  private static final class Group {
    final String id;
    final Detection first;
    final List<Place> places = new ArrayList<>();

    Group(String id, Detection first) {
      this.id = id;
      this.first = first;
    }
  }
}
