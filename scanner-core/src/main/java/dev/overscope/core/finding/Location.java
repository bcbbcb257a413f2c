package dev.overscope.core.finding;

import dev.overscope.core.engine.TextSpan;
import dev.overscope.core.reach.AgentExposure;
import dev.overscope.core.reach.Reach;
import dev.overscope.core.source.Origin;
import java.util.List;

/**
 * One place a secret was seen, with how agents get there.
 *
 * @param snippet the line holding the secret, every secret on it redacted
 */
public record Location(Origin origin, TextSpan span, Reach reach, List<AgentExposure> exposures, String snippet) {
  public Location {
    exposures = List.copyOf(exposures);
  }

  public String path() {
    return origin.path();
  }
}
