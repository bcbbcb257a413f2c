package dev.overscope.detectors.validators;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class AwsKeyIdBodyTest {
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  /** A new-generation key id: top bit set, the account id in bits 1-40, random bits after. */
  private static String keyId(String prefix, long account) {
    SecureRandom random = new SecureRandom();
    long high = (1L << 47) | (account << 7) | random.nextInt(128);
    StringBuilder out = new StringBuilder(prefix);
    // 80 bits: 48 structured, 32 random.
    long low = random.nextInt() & 0xffffffffL;
    for (int i = 0; i < 16; i++) {
      int shift = 75 - 5 * i;
      int value = shift >= 32
          ? (int) ((high >>> (shift - 32)) & 31)
          : (int) (((high << (32 - shift)) | (low >>> shift)) & 31);
      out.append(BASE32.charAt(value));
    }
    return out.toString();
  }

  @Test
  void theAccountIdEncodedInANewGenerationKeyIdIsRecovered() {
    String id = keyId("AKIA", 314_159_265_358L);
    assertThat(AwsKeyIdBody.valid(id)).isTrue();
    assertThat(AwsKeyIdBody.accountId(id)).hasValue(314_159_265_358L);
    // The worked example of awsteele.com, 2020-09-26.
    assertThat(AwsKeyIdBody.accountId("ASIAY34FZKBOKMUTVV7A")).hasValue(609_629_065_308L);
  }

  @Test
  void aBodyEncodingMoreThanTwelveDigitsOfAccountIsRejected() {
    assertThat(AwsKeyIdBody.valid(keyId("AKIA", 1_099_000_000_000L))).isFalse();
  }

  @Test
  void oldGenerationIdsCarryNoAccountAndPassOnTheirAlphabet() {
    assertThat(AwsKeyIdBody.accountId("AKIAJQ5CBYBIRWS4TTKQ")).isEmpty();
    assertThat(AwsKeyIdBody.valid("AKIAJQ5CBYBIRWS4TTKQ")).isTrue();
    assertThat(AwsKeyIdBody.valid("AKIAJQ5CBYBIRWS4TTK1")).isFalse();
  }
}
