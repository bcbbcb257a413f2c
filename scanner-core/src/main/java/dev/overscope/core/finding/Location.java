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
 * @param coverage what agent ignore or deny files do about this place, one sentence each ("hidden from Cursor's file
 *     tools by .cursorignore; still readable through its terminal"); reported, never a discount on reach or severity
 */
public record Location(
    Origin origin, TextSpan span, Reach reach, List<AgentExposure> exposures, String snippet, List<String> coverage) {
  public Location {
    exposures = List.copyOf(exposures);
    coverage = List.copyOf(coverage);
  }

  /** A location no ignore or deny file covers. */
  public Location(Origin origin, TextSpan span, Reach reach, List<AgentExposure> exposures, String snippet) {
    this(origin, span, reach, exposures, snippet, List.of());
  }

  public String path() {
    return origin.path();
  }
}
