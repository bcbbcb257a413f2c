package dev.overscope.core.scan;

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
import dev.overscope.core.source.Origin;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups detections into findings (one per rule and secret, with every place it was seen), decides each location's
 * reach, applies the allowlist and the policy, and redacts.
 */
final class FindingAssembler {
  private static final int SNIPPET_LENGTH = 240;

  private final ReachResolver reachResolver;
  private final Policy policy;
  private final Allowlist allowlist;
  private final boolean revealSecrets;

  FindingAssembler(ReachResolver reachResolver, Policy policy, Allowlist allowlist, boolean revealSecrets) {
    this.reachResolver = reachResolver;
    this.policy = policy;
    this.allowlist = allowlist;
    this.revealSecrets = revealSecrets;
  }

  List<Finding> assemble(List<BlobRecord> matched) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (BlobRecord record : matched) {
      List<Detection> detections = record.detections();
      for (Detection detection : detections) {
        String id = Fingerprint.of(detection.rule().id(), detection.secret());
        Group group = groups.computeIfAbsent(id, key -> new Group(key, detection));
        String snippet = redactedLine(detection, detections);
        for (Origin origin : record.origins()) {
          group.locations.add(locate(origin, detection, snippet));
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Group group : groups.values()) {
      if (!group.locations.isEmpty()) {
        findings.add(toFinding(group));
      }
    }
    findings.sort(Comparator.comparing(Finding::severity)
        .thenComparing(finding -> finding.primaryLocation().path())
        .thenComparingInt(finding -> finding.primaryLocation().span().startLine())
        .thenComparing(Finding::id));
    return findings;
  }

  private Finding toFinding(Group group) {
    Detection first = group.first;
    Rule rule = first.rule();
    List<Location> active = new ArrayList<>();
    Optional<Suppression> suppression = Optional.empty();
    for (Location location : group.locations) {
      Optional<Suppression> allowed = allowlist.match(location.path(), group.id);
      if (allowed.isEmpty()) {
        active.add(location);
      } else if (suppression.isEmpty()) {
        suppression = allowed;
      }
    }
    List<Location> shown = active.isEmpty() ? group.locations : active;
    shown = new ArrayList<>(shown);
    shown.sort(Comparator.comparing(Location::reach)
        .thenComparing(Location::path)
        .thenComparingInt(location -> location.span().startLine()));
    Reach reach = shown.get(0).reach();
    ScopeVerdict verdict = first.verdict();
    Severity severity = policy.severity(verdict, reach);
    boolean suppressed = active.isEmpty();
    boolean violation = !suppressed && policy.violates(verdict, reach);
    return new Finding(group.id, rule, Fingerprint.secretHash(first.secret()),
        Redactor.redact(first.secret(), rule.keywords()),
        revealSecrets ? Optional.of(first.secret()) : Optional.empty(),
        verdict, shown, reach, severity, violation, suppressed ? suppression : Optional.empty());
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

  private static final class Group {
    final String id;
    final Detection first;
    final List<Location> locations = new ArrayList<>();

    Group(String id, Detection first) {
      this.id = id;
      this.first = first;
    }
  }
}
