package dev.overscope.core.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable identity of a finding: a hash of the rule id and the secret, so one secret is one finding however many
 * places hold it, a moved secret keeps its identity, and a different secret on the same line gets a new one.
 */
public final class Fingerprint {
  private static final String DOMAIN = "overscope/v1";

  private Fingerprint() {}

  /** 32 hex characters (128 bits) of SHA-256 over a domain tag, the rule id and the secret. */
  public static String of(String ruleId, String secret) {
    return sha256Hex(DOMAIN + '\0' + ruleId + '\0' + secret).substring(0, 32);
  }

  /** SHA-256 of the secret alone, for matching the same secret across rules; never reversible to it. */
  public static String secretHash(String secret) {
    return sha256Hex(DOMAIN + "/secret\0" + secret).substring(0, 32);
  }

  private static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
