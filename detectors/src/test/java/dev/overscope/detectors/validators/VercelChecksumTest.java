package dev.overscope.detectors.validators;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class VercelChecksumTest {
  private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  @Test
  void aTokenEndingInTheCrc32OfItsBodyIsValidAndOneChangedCharacterBreaksIt() {
    String body = random(50);
    String token = "vcp_" + body + VercelChecksum.checksum(body);
    assertThat(token).hasSize(60);
    assertThat(VercelChecksum.valid(token)).isTrue();
    char swapped = body.charAt(7) == 'Q' ? 'R' : 'Q';
    String tampered = "vcp_" + body.substring(0, 7) + swapped + body.substring(8) + VercelChecksum.checksum(body);
    assertThat(VercelChecksum.valid(tampered)).isFalse();
  }

  @Test
  void randomCharactersOfTheRightLengthAreNotAToken() {
    assertThat(VercelChecksum.valid("vci_" + random(56))).as("1 in 62^6 chance of a false pass").isFalse();
    assertThat(VercelChecksum.valid("vcp_short")).isFalse();
  }

  private static String random(int length) {
    SecureRandom random = new SecureRandom();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
    }
    return out.toString();
  }
}
