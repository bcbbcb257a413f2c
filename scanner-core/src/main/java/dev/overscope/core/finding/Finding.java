package dev.overscope.core.finding;

import dev.overscope.core.policy.Severity;
import dev.overscope.core.reach.Reach;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.List;
import java.util.Optional;

/**
 * One secret, wherever it appears: what it is (rule), how much power it has (verdict), how directly agents get to it
 * (reach, the closest of its locations), and what the policy makes of that.
 *
 * @param id stable fingerprint of rule and secret
 * @param redacted the secret as reports may show it
 * @param revealed the secret itself, present only when the user asked to see secrets
 * @param violation true when this finding fails the policy
 */
public record Finding(
    String id,
    Rule rule,
    String secretHash,
    String redacted,
    Optional<String> revealed,
    ScopeVerdict verdict,
    List<Location> locations,
    Reach reach,
    Severity severity,
    boolean violation,
    Optional<Suppression> suppression) {

  public Finding {
    locations = List.copyOf(locations);
    if (locations.isEmpty()) {
      throw new IllegalArgumentException("a finding needs at least one location");
    }
  }

  /** The location shown first: the closest to an agent, then the first in path order. */
  public Location primaryLocation() {
    return locations.get(0);
  }
}
