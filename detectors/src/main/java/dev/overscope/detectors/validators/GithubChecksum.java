package dev.overscope.detectors.validators;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.Validator;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * GitHub's {@code gh[pousr]_} tokens end in 6 base62 characters holding the CRC32 of the 30 random characters
 * before them (github.blog, 2021-04-05, "Behind GitHub's new authentication token formats"). A broken checksum is a
 * look-alike, not a token.
 */
public final class GithubChecksum implements Validator {
  private static final int PREFIX = 4;
  private static final int BODY = 30;
  private static final int CHECKSUM = 6;

  @Override
  public String name() {
    return "github-checksum";
  }

  @Override
  public boolean accepts(Candidate candidate) {
    return valid(candidate.secret());
  }

  /** True when {@code token} (prefix included) carries a correct checksum. */
  public static boolean valid(String token) {
    if (token.length() != PREFIX + BODY + CHECKSUM) {
      return false;
    }
    String body = token.substring(PREFIX, PREFIX + BODY);
    return checksum(body).equals(token.substring(PREFIX + BODY));
  }

  /** The 6-character checksum GitHub appends to a 30-character body. */
  public static String checksum(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    return Base62.encode(crc.getValue(), CHECKSUM);
  }
}
