package dev.overscope.detectors.scope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SentryOrgTokenClassifierTest {
  private final SentryOrgTokenClassifier classifier = new SentryOrgTokenClassifier();

  @Test
  void theOrganisationAndRegionInThePayloadAreNamedInTheEvidence() {
    String token = token("{\"iat\":1717171717.42,\"url\":\"https://sentry.io\","
        + "\"region_url\":\"https://de.sentry.io\",\"org\":\"northwind-traders\"}");
    ScopeVerdict verdict = classifier.classify(Candidates.of(token)).orElseThrow();
    assertThat(verdict.scope()).isEqualTo(Scope.SCOPED);
    assertThat(verdict.evidence())
        .contains("organisation 'northwind-traders'")
        .contains("https://de.sentry.io")
        .contains("org:ci");
  }

  @Test
  void aBodyThatIsNotJsonLeavesTheDecisionToTheRule() {
    String token = "sntrys_" + Base64.getEncoder().encodeToString("not json".getBytes(StandardCharsets.UTF_8))
        + "_" + "a".repeat(43);
    assertThat(classifier.classify(Candidates.of(token))).isEmpty();
  }

  static String token(String json) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return "sntrys_" + Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)) + "_"
        + Base64.getEncoder().withoutPadding().encodeToString(secret);
  }
}
