package dev.overscope.detectors.scope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import org.junit.jupiter.api.Test;

class VariableNameClassifierTest {
  private final VariableNameClassifier classifier = new VariableNameClassifier();
  private static final String TOKEN = "glpat-" + "Qm7vX2kLp9RtZw4YbN8c";

  @Test
  void anAdminNameRaisesABroadTokenToRootAndSaysItIsOnlyAName() {
    ScopeVerdict verdict = classifier.classify(Candidates.of("GITLAB_ADMIN_TOKEN=\"" + TOKEN + "\"", TOKEN, Scope.BROAD))
        .orElseThrow();
    assertThat(verdict.scope()).isEqualTo(Scope.ROOT);
    assertThat(verdict.evidence()).isEqualTo("rule default; assigned to GITLAB_ADMIN_TOKEN, whose name says admin"
        + " (a name, not proof: confirm the token's permissions)");
  }

  @Test
  void camelCaseAndYamlKeysAreRead() {
    ScopeVerdict verdict = classifier.classify(Candidates.of("  masterKey: " + TOKEN, TOKEN, Scope.UNKNOWN))
        .orElseThrow();
    assertThat(verdict.scope()).isEqualTo(Scope.ROOT);
    assertThat(verdict.evidence()).contains("masterKey").contains("says master");
  }

  @Test
  void aBrowserPrefixKeepsTheScopeAndSaysTheValueShipsToBrowsers() {
    ScopeVerdict verdict = classifier.classify(Candidates.of("NEXT_PUBLIC_GITLAB_TOKEN=" + TOKEN, TOKEN, Scope.BROAD))
        .orElseThrow();
    assertThat(verdict.scope()).isEqualTo(Scope.BROAD);
    assertThat(verdict.evidence()).isEqualTo("rule default; assigned to NEXT_PUBLIC_GITLAB_TOKEN, and the"
        + " NEXT_PUBLIC_ prefix makes the bundler ship the value to every browser");
    assertThat(classifier.classify(Candidates.of("VITE_API_KEY=" + TOKEN, TOKEN, Scope.SCOPED)).orElseThrow()
        .scope()).isEqualTo(Scope.SCOPED);
  }

  @Test
  void aNameOnlyLowersNothingAndPlainNamesDecideNothing() {
    ScopeVerdict scoped = classifier.classify(Candidates.of("ADMIN_DEPLOY_TOKEN=" + TOKEN, TOKEN, Scope.SCOPED))
        .orElseThrow();
    assertThat(scoped.scope()).isEqualTo(Scope.SCOPED);
    assertThat(classifier.classify(Candidates.of("GITLAB_TOKEN=" + TOKEN, TOKEN, Scope.BROAD))).isEmpty();
    assertThat(classifier.classify(Candidates.of("https://oauth2:" + TOKEN + "@gitlab.com", TOKEN))).isEmpty();
    assertThat(classifier.classify(Candidates.of("ROOTDIR/" + TOKEN, TOKEN))).isEmpty();
  }
}
