package dev.overscope.detectors.validators;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.Validator;
import dev.overscope.detectors.scope.JwtPayload;

/** A JWT whose header and payload both decode to JSON objects; anything else is a look-alike. */
public final class JwtStructure implements Validator {
  @Override
  public String name() {
    return "jwt-structure";
  }

  @Override
  public boolean accepts(Candidate candidate) {
    String[] parts = candidate.secret().split("\\.", -1);
    return parts.length == 3
        && JwtPayload.decodeJsonObject(parts[0]).isPresent()
        && JwtPayload.decodeJsonObject(parts[1]).isPresent();
  }
}
