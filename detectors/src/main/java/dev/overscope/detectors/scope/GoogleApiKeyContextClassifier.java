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
 * A Google {@code AIza} key inside Firebase client configuration ({@code firebaseConfig}, {@code authDomain: …
 * firebaseapp.com}, {@code google-services.json}'s {@code current_key}) is made to ship in apps: Firebase security
 * rules, not the key, guard the data.
 */
public final class GoogleApiKeyContextClassifier implements ScopeClassifier {
  private static final Pattern FIREBASE_CLIENT_CONFIG = Pattern.compile(
      "(?i)firebaseConfig|firebaseapp\\.com|\"current_key\"|firebase_api_key|initializeApp\\s{0,4}\\(");
  private static final int WINDOW = 500;

  @Override
  public String name() {
    return "google-api-key-context";
  }

  @Override
  public Optional<ScopeVerdict> classify(Candidate candidate) {
    Matcher m = FIREBASE_CLIENT_CONFIG.matcher(Surroundings.around(candidate, WINDOW, WINDOW));
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new ScopeVerdict(Scope.PUBLIC, Environment.UNKNOWN, "sits in Firebase client configuration ("
        + m.group() + "), where the key is public by design; Firebase security rules guard the data"));
  }
}
