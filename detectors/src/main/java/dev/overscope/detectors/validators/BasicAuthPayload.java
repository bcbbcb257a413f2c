package dev.overscope.detectors.validators;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.Validator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An HTTP Basic credential is base64 of {@code user:password}. Anything that does not decode to printable text with
 * a user, a colon and a non-placeholder password of at least 4 characters is some other base64, not a login.
 */
public final class BasicAuthPayload implements Validator {
  private static final int MIN_PASSWORD = 4;

  @Override
  public String name() {
    return "basic-auth-payload";
  }

  @Override
  public boolean accepts(Candidate candidate) {
    return isLogin(candidate.secret());
  }

  /** True when {@code encoded} is base64 of a printable {@code user:password} pair with a real-looking password. */
  public static boolean isLogin(String encoded) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    if (!text.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      return false;
    }
    int colon = text.indexOf(':');
    if (colon < 1) {
      return false;
    }
    String password = text.substring(colon + 1);
    return password.length() >= MIN_PASSWORD && !PlaceholderFilter.isPlaceholder(password);
  }
}
