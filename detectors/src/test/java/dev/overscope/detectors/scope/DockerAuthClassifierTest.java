package dev.overscope.detectors.scope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DockerAuthClassifierTest {
  private final DockerAuthClassifier classifier = new DockerAuthClassifier();

  private ScopeVerdict classify(String userColonSecret) {
    String auth = Base64.getEncoder().encodeToString(userColonSecret.getBytes(StandardCharsets.UTF_8));
    String config = "{\"auths\": {\"https://index.docker.io/v1/\": {\"auth\": \"" + auth + "\"}}}";
    return classifier.classify(Candidates.of(config, auth)).orElseThrow();
  }

  @Test
  void aPasswordIsTheWholeAccount() {
    ScopeVerdict verdict = classify("acmebuild:Tr0ub4dor&3horse");
    assertThat(verdict.scope()).isEqualTo(Scope.ROOT);
    assertThat(verdict.evidence()).isEqualTo("auth decodes to user acmebuild and a password rather than an access"
        + " token: the password controls the whole registry account");
  }

  @Test
  void aPersonalAccessTokenHasAnUnknownAccessLevel() {
    ScopeVerdict verdict = classify("acmebuild:dckr_pat_Qm7vX2kLp9RtZw4YbN8cHf3JdGs");
    assertThat(verdict.scope()).isEqualTo(Scope.UNKNOWN);
    assertThat(verdict.evidence()).contains("dckr_pat_ personal access token");
  }

  @Test
  void anOrganisationTokenIsScoped() {
    assertThat(classify("acme:dckr_oat_Qm7vX2kLp9RtZw4YbN8cHf3JdGsT5aE1").scope()).isEqualTo(Scope.SCOPED);
  }

  @Test
  void notBase64DecidesNothing() {
    assertThat(classifier.classify(Candidates.of("\"auth\": \"@@@\"", "@@@"))).isEmpty();
  }
}
