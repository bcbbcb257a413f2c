package dev.overscope.detectors.scope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import org.junit.jupiter.api.Test;

class GoogleApiKeyContextClassifierTest {
  private final GoogleApiKeyContextClassifier classifier = new GoogleApiKeyContextClassifier();
  private static final String KEY = "AIza" + "SyD7q2Xk9LmP4vR7tYwB1nC5dF8gH3jK6sZ";

  @Test
  void aKeyInFirebaseClientConfigIsPublic() {
    String config = "const firebaseConfig = {\n  apiKey: \"" + KEY + "\",\n  authDomain: \"acme.firebaseapp.com\",\n};";
    ScopeVerdict verdict = classifier.classify(Candidates.of(config, KEY)).orElseThrow();
    assertThat(verdict.scope()).isEqualTo(Scope.PUBLIC);
    assertThat(verdict.evidence()).isEqualTo("sits in Firebase client configuration (firebaseConfig), where the key is"
        + " public by design; Firebase security rules guard the data");
  }

  @Test
  void aServerSideKeyDecidesNothing() {
    assertThat(classifier.classify(Candidates.of("GEMINI_API_KEY=" + KEY, KEY))).isEmpty();
  }
}
