package dev.overscope.detectors.scope;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A refresh token in gcloud application default credentials of {@code "type": "authorized_user"} acts with the
 * logged-in user's whole IAM role set (often Owner) on every project, with the cloud-platform scope.
 */
public final class GcloudAdcUserClassifier implements ScopeClassifier {
  private static final Pattern AUTHORIZED_USER = Pattern.compile("\"type\"\\s{0,4}:\\s{0,4}\"authorized_user\"");
  private static final int WINDOW = 4096;

  @Override
  public String name() {
    return "gcloud-adc-user";
  }

  @Override
  public Optional<ScopeVerdict> classify(Candidate candidate) {
    int from = Math.max(0, candidate.matchStart() - WINDOW);
    int to = Math.min(candidate.text().length(), candidate.matchEnd() + WINDOW);
    if (AUTHORIZED_USER.matcher(candidate.text().subSequence(from, to)).find()) {
      return Optional.of(new ScopeVerdict(Scope.ROOT, Environment.UNKNOWN, "gcloud application default credentials"
          + " of type authorized_user: the refresh token acts with the user's full IAM rights (often Owner) on every"
          + " project"));
    }
    return Optional.empty();
  }
}
