package dev.overscope.detectors.validators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class GitlabRoutableChecksumTest {
  /** Builds a token the way gitlabhq's RoutableToken does: random bytes, k:v payload, its length, base64url. */
  private static String routable(String prefix, String separator) {
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    byte[] payload = ("c:1\no:" + Long.toString(4821, 36) + "\nu:" + Long.toString(77120931, 36))
        .getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    raw.writeBytes(random);
    raw.writeBytes(payload);
    raw.write(payload.length);
    String base64 = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toByteArray());
    String encoded = prefix + base64 + separator + GitlabRoutableChecksum.lengthField(base64.length());
    return encoded + GitlabRoutableChecksum.checksum(encoded);
  }

  @Test
  void currentAndEarlierRoutableFormsWithTheirCrcAreValid() {
    assertThat(GitlabRoutableChecksum.valid(routable("glpat-", ".01."))).isTrue();
    assertThat(GitlabRoutableChecksum.valid(routable("glpat-", "."))).isTrue();
    assertThat(GitlabRoutableChecksum.valid(routable("glrt-t1_", ".01."))).isTrue();
  }

  @Test
  void aChangedCharacterOrAWrongLengthFieldIsRejected() {
    String token = routable("glpat-", ".01.");
    char swapped = token.charAt(10) == 'A' ? 'B' : 'A';
    assertThat(GitlabRoutableChecksum.valid(token.substring(0, 10) + swapped + token.substring(11))).isFalse();
    int tail = token.length() - 9;
    String wrongLength = token.substring(0, tail) + "01";
    assertThat(GitlabRoutableChecksum.valid(wrongLength + GitlabRoutableChecksum.checksum(wrongLength))).isFalse();
  }

  @Test
  void legacyTwentyCharacterTokensAreNotRoutable() {
    assertThat(GitlabRoutableChecksum.valid("glpat-Zk3Jd9QwLm2Xp8Rt5Vb7")).isFalse();
  }
}
