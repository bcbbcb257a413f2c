package dev.overscope.detectors.validators;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.Validator;

/**
 * Azure DevOps personal access tokens issued since 2024 are 84 characters with the fixed signature {@code AZDO} at
 * offsets 76 to 79; 84 random characters without it are something else.
 */
public final class AzureDevopsMarker implements Validator {
  private static final int LENGTH = 84;
  private static final int MARKER_AT = 76;
  private static final String MARKER = "AZDO";

  @Override
  public String name() {
    return "azure-devops-marker";
  }

  @Override
  public boolean accepts(Candidate candidate) {
    return valid(candidate.secret());
  }

  public static boolean valid(String token) {
    return token.length() == LENGTH && token.startsWith(MARKER, MARKER_AT);
  }
}
