package dev.overscope.detectors.validators;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.Validator;
import java.util.OptionalLong;

/**
 * The 16 characters after an AWS key id's 4-letter prefix are base32 ({@code A-Z2-7}). In new-generation ids (top
 * bit set: first character {@code Q-Z} or {@code 2-7}) bits 1-40 hold the account id (Aidan Steele 2020, Tal Be'ery
 * 2023), which has at most 12 decimal digits; a body decoding to a larger number is not an AWS key id.
 */
public final class AwsKeyIdBody implements Validator {
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final int PREFIX = 4;
  private static final int BODY = 16;
  private static final long LARGEST_ACCOUNT = 999_999_999_999L;

  @Override
  public String name() {
    return "aws-key-id";
  }

  @Override
  public boolean accepts(Candidate candidate) {
    return valid(candidate.secret());
  }

  public static boolean valid(String keyId) {
    if (keyId.length() != PREFIX + BODY) {
      return false;
    }
    for (int i = PREFIX; i < keyId.length(); i++) {
      if (BASE32.indexOf(keyId.charAt(i)) < 0) {
        return false;
      }
    }
    OptionalLong account = accountId(keyId);
    return account.isEmpty() || account.getAsLong() <= LARGEST_ACCOUNT;
  }

  /** The account id a new-generation key id encodes; empty for old-generation ids, which carry none. */
  public static OptionalLong accountId(String keyId) {
    long first48 = 0;
    // 10 base32 characters hold 50 bits; the account id lives in the first 48.
    for (int i = PREFIX; i < PREFIX + 10; i++) {
      first48 = (first48 << 5) | BASE32.indexOf(keyId.charAt(i));
    }
    first48 >>>= 2;
    if ((first48 & (1L << 47)) == 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of((first48 & 0x7fffffffff80L) >>> 7);
  }
}
