package dev.overscope.detectors.validators;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.Validator;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Vercel's {@code vc[pirak]_} tokens carry 56 characters after the prefix: 50 random ones and 6 base62 characters
 * holding their CRC32 (the scheme GitHub uses; Vercel's API calls the last part {@code tokenSuffix}). A broken
 * checksum is a look-alike.
 */
public final class VercelChecksum implements Validator {
  private static final int PREFIX = 4;
  private static final int BODY = 50;
  private static final int CHECKSUM = 6;

  @Override
  public String name() {
    return "vercel-checksum";
  }

  @Override
  public boolean accepts(Candidate candidate) {
    return valid(candidate.secret());
  }

  /** True when {@code token} (prefix included) ends in the CRC32 of its 50 random characters. */
  public static boolean valid(String token) {
    if (token.length() != PREFIX + BODY + CHECKSUM || token.charAt(PREFIX - 1) != '_') {
      return false;
    }
    return checksum(token.substring(PREFIX, PREFIX + BODY)).equals(token.substring(PREFIX + BODY));
  }

  /** The 6-character suffix Vercel appends to a 50-character body. */
  public static String checksum(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    return Base62.encode(crc.getValue(), CHECKSUM);
  }
}
