package dev.overscope.detectors.scope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class GrafanaTokenPayloadClassifierTest {
  private final GrafanaTokenPayloadClassifier classifier = new GrafanaTokenPayloadClassifier();

  @Test
  void aCloudTokenIsNamedWithItsOrganisationAndRegionButStaysUnknown() {
    String token = "glc_" + encode("{\"o\":\"4815162\",\"n\":\"otel-writer\",\"k\":\"" + random() + "\","
        + "\"m\":{\"r\":\"prod-eu-west-2\"}}");
    ScopeVerdict verdict = classifier.classify(Candidates.of(token)).orElseThrow();
    assertThat(verdict.scope()).isEqualTo(Scope.UNKNOWN);
    assertThat(verdict.evidence())
        .contains("access policy token 'otel-writer'")
        .contains("organisation 4815162")
        .contains("prod-eu-west-2");
  }

  @Test
  void aLegacyKeyIsNamedWithItsOrganisationId() {
    String token = encode("{\"k\":\"" + random() + "\",\"n\":\"ci-dashboards\",\"id\":3}");
    assertThat(token).startsWith("eyJrIjoi");
    ScopeVerdict verdict = classifier.classify(Candidates.of(token)).orElseThrow();
    assertThat(verdict.evidence()).contains("legacy API key 'ci-dashboards' of organisation 3");
  }

  @Test
  void aBodyThatIsNotJsonLeavesTheDecisionToTheRule() {
    assertThat(classifier.classify(Candidates.of("glc_" + encode("plain words, not json")))).isEmpty();
  }

  private static String encode(String json) {
    return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String random() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
