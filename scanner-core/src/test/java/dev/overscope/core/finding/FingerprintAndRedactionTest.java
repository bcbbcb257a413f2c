package dev.overscope.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintAndRedactionTest {
  @Test
  void theFingerprintFollowsRuleAndSecretNotPlace() {
    assertThat(Fingerprint.of("r", "secret-one")).isEqualTo(Fingerprint.of("r", "secret-one"))
        .isNotEqualTo(Fingerprint.of("r", "secret-two"))
        .isNotEqualTo(Fingerprint.of("other-rule", "secret-one"))
        .hasSize(32);
  }

  @Test
  void redactionShowsOnlyTheRulePrefixOrAQuarterAtMostAndNeverTheEnd() {
    String token = "ghp_Zk3Jd9QwLm2Xp8Rt5Vb7Nc1Hs4Gf6Aabcdef";
    assertThat(Redactor.redact(token, List.of("ghp_"))).isEqualTo("ghp_…(40 chars)");
    String uuid = "9f1c2e7a-4b3d-4e8f-a1b2-c3d4e5f6a7b8";
    assertThat(Redactor.redact(uuid, List.of("railway_api_token"))).isEqualTo("9f1c…(36 chars)");
    assertThat(Redactor.redact("abc", List.of())).isEqualTo("…(3 chars)");
  }

  @Test
  void aRedactedLineHidesEverySecretOnIt() {
    String line = "A=ghp_Zk3Jd9QwLm2Xp8Rt5Vb7Nc1Hs4Gf6Aabcdef B=9f1c2e7a-4b3d-4e8f-a1b2-c3d4e5f6a7b8";
    String redacted = Redactor.redactLine(line,
        List.of("ghp_Zk3Jd9QwLm2Xp8Rt5Vb7Nc1Hs4Gf6Aabcdef", "9f1c2e7a-4b3d-4e8f-a1b2-c3d4e5f6a7b8"),
        List.of("ghp_"), 200);
    assertThat(redacted).isEqualTo("A=ghp_…(40 chars) B=9f1c…(36 chars)");
  }
}
