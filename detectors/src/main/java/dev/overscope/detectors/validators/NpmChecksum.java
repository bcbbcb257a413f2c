package dev.overscope.detectors.validators;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.Validator;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * npm's {@code npm_} tokens use GitHub's scheme: 30 random base62 characters, then 6 base62 characters holding their
 * CRC32 (github.blog, "Announcing npm's new access token format"). A broken checksum is a look-alike, not a token.
 */
public final class NpmChecksum implements Validator {
  private static final String PREFIX = "npm_";
  private static final int BODY = 30;
  private static final int CHECKSUM = 6;

  @Override
  public String name() {
    return "npm-checksum";
  }

  @Override
  public boolean accepts(Candidate candidate) {
    return valid(candidate.secret());
  }

  /** True when {@code token} (prefix included) carries a correct checksum. */
  public static boolean valid(String token) {
    if (token.length() != PREFIX.length() + BODY + CHECKSUM || !token.startsWith(PREFIX)) {
      return false;
    }
    String body = token.substring(PREFIX.length(), PREFIX.length() + BODY);
    return checksum(body).equals(token.substring(PREFIX.length() + BODY));
  }

  /** The 6-character base62 CRC32 npm appends to a 30-character body. */
  public static String checksum(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    return Base62.encode(crc.getValue(), CHECKSUM);
  }
}
