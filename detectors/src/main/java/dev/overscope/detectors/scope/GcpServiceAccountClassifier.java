package dev.overscope.detectors.scope;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code client_email} of a Google service-account key file. The default Compute Engine
 * ({@code <n>-compute@developer.gserviceaccount.com}) and App Engine ({@code <project>@appspot.gserviceaccount.com})
 * accounts get the project Editor role by default, and {@code firebase-adminsdk-…} accounts bypass Firebase security
 * rules: all three control the project. Any other account's roles are not visible offline.
 */
public final class GcpServiceAccountClassifier implements ScopeClassifier {
  private static final Pattern CLIENT_EMAIL =
      Pattern.compile("\"client_email\"\\s{0,8}:\\s{0,8}\"([^\"\\s]{3,200})\"");
  private static final int WINDOW = 4000;

  @Override
  public String name() {
    return "gcp-service-account";
  }

  @Override
  public Optional<ScopeVerdict> classify(Candidate candidate) {
    Matcher m = CLIENT_EMAIL.matcher(Surroundings.around(candidate, WINDOW, WINDOW));
    if (!m.find()) {
      return Optional.empty();
    }
    String email = m.group(1);
    if (email.endsWith("-compute@developer.gserviceaccount.com")) {
      return root("client_email " + email + " is the default Compute Engine service account, which holds the"
          + " project Editor role unless it was removed");
    }
    if (email.endsWith("@appspot.gserviceaccount.com")) {
      return root("client_email " + email + " is the default App Engine service account, which holds the project"
          + " Editor role unless it was removed");
    }
    if (email.startsWith("firebase-adminsdk-")) {
      return root("client_email " + email + " is a Firebase Admin SDK account: it bypasses security rules on every"
          + " Firebase database and bucket of the project");
    }
    return Optional.of(new ScopeVerdict(Scope.UNKNOWN, Environment.UNKNOWN,
        "key of service account " + email + ": its IAM roles are not visible offline"));
  }

  private static Optional<ScopeVerdict> root(String evidence) {
    return Optional.of(new ScopeVerdict(Scope.ROOT, Environment.UNKNOWN, evidence));
  }
}
