package dev.overscope.detectors.validators;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class NpmChecksumTest {
  private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  @Test
  void aTokenBuiltWithItsCrc32IsValidAndOneChangedCharacterBreaksIt() {
    String body = randomBody();
    String token = "npm_" + body + NpmChecksum.checksum(body);
    assertThat(NpmChecksum.valid(token)).isTrue();
    char first = body.charAt(0) == 'Q' ? 'R' : 'Q';
    assertThat(NpmChecksum.valid("npm_" + first + body.substring(1) + NpmChecksum.checksum(body))).isFalse();
  }

  @Test
  void wrongLengthOrPrefixIsInvalid() {
    String body = randomBody();
    assertThat(NpmChecksum.valid("npm_" + body)).isFalse();
    assertThat(NpmChecksum.valid("ghp_" + body + NpmChecksum.checksum(body))).isFalse();
  }

  private static String randomBody() {
    SecureRandom random = new SecureRandom();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      body.append(BASE62.charAt(random.nextInt(BASE62.length())));
    }
    return body.toString();
  }
}
