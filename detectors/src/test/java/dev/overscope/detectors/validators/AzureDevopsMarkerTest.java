package dev.overscope.detectors.validators;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class AzureDevopsMarkerTest {
  @Test
  void eightyFourCharactersWithAzdoAtOffset76AreAPat() {
    String token = random(76) + "AZDO" + random(4);
    assertThat(AzureDevopsMarker.valid(token)).isTrue();
  }

  @Test
  void theMarkerElsewhereOrAWrongLengthIsRejected() {
    assertThat(AzureDevopsMarker.valid("AZDO" + random(80))).isFalse();
    assertThat(AzureDevopsMarker.valid(random(75) + "AZDO" + random(4))).isFalse();
  }

  private static String random(int length) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    SecureRandom random = new SecureRandom();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString().replace("AZDO", "AZDQ");
  }
}
