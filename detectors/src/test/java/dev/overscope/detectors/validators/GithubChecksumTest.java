package dev.overscope.detectors.validators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GithubChecksumTest {
  @Test
  void aTokenBuiltWithItsCrc32IsValidAndOneChangedCharacterBreaksIt() {
    String body = "Zk3Jd9QwLm2Xp8Rt5Vb7Nc1Hs4Gf6A";
    String token = "ghp_" + body + GithubChecksum.checksum(body);
    assertThat(GithubChecksum.valid(token)).isTrue();
    String tampered = "ghp_" + "Y" + body.substring(1) + GithubChecksum.checksum(body);
    assertThat(GithubChecksum.valid(tampered)).isFalse();
  }

  @Test
  void wrongLengthIsInvalid() {
    assertThat(GithubChecksum.valid("ghp_short")).isFalse();
  }
}
