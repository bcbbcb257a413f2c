package dev.overscope.detectors.validators;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.Validator;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * GitLab's routable tokens ({@code glpat-<base64url>.01.<ll><crc>}, or the earlier single-dot form
 * {@code <prefix><base64url>.<ll><crc>}) end in two base36 characters giving the length of the base64url part and
 * seven base36 characters holding the CRC32 of everything before them, prefix included (gitlabhq
 * {@code lib/authn/token_field/generator/routable_token.rb}).
 */
public final class GitlabRoutableChecksum implements Validator {
  private static final int LENGTH_DIGITS = 2;
  private static final int CRC_DIGITS = 7;
  /** glpat-, gldt-, glrt-t1_ and the like. */
  private static final Pattern PREFIX = Pattern.compile("[a-z]{2,10}-(?:t\\d_)?");

  @Override
  public String name() {
    return "gitlab-routable-checksum";
  }

  @Override
  public boolean accepts(Candidate candidate) {
    return valid(candidate.secret());
  }

  /** True when the token's length field and CRC32 both agree with its content. */
  public static boolean valid(String token) {
    int firstDot = token.indexOf('.');
    int tail = token.length() - LENGTH_DIGITS - CRC_DIGITS;
    if (firstDot <= 0 || tail <= firstDot) {
      return false;
    }
    String between = token.substring(firstDot, tail);
    if (!between.equals(".") && !between.equals(".01.")) {
      return false;
    }
    int payloadLength;
    try {
      payloadLength = Integer.parseInt(token.substring(tail, tail + LENGTH_DIGITS), 36);
    } catch (NumberFormatException e) {
      return false;
    }
    // The base64url part ends at the first dot and has the stated length; what comes before it is the prefix.
    if (payloadLength <= 0 || payloadLength >= firstDot
        || !PREFIX.matcher(token.substring(0, firstDot - payloadLength)).matches()) {
      return false;
    }
    return checksum(token.substring(0, tail + LENGTH_DIGITS)).equals(token.substring(tail + LENGTH_DIGITS));
  }

  /** Seven base36 digits of the CRC32 of {@code encoded}, as GitLab appends them. */
  public static String checksum(String encoded) {
    CRC32 crc = new CRC32();
    crc.update(encoded.getBytes(StandardCharsets.US_ASCII));
    String digits = Long.toString(crc.getValue(), 36).toLowerCase(Locale.ROOT);
    return "0".repeat(Math.max(0, CRC_DIGITS - digits.length())) + digits;
  }

  /** Two base36 digits of a payload length, as GitLab writes them before the checksum. */
  public static String lengthField(int length) {
    String digits = Integer.toString(length, 36);
    return digits.length() == 1 ? "0" + digits : digits;
  }
}
