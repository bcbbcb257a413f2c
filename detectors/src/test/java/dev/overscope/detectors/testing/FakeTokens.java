package dev.overscope.detectors.testing;

import dev.overscope.detectors.validators.GithubChecksum;
import java.util.Random;

/**
 * Realistic-looking, fabricated tokens built at run time from a seed, so no token sits in the test sources. Shared
 * with the other modules' tests through the detectors test jar.
 */
public final class FakeTokens {
  private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private final Random random;

  public FakeTokens(long seed) {
    this.random = new Random(seed);
  }

  public String alnum(int length) {
    return pick(ALNUM, length);
  }

  public String hex(int length) {
    return pick("0123456789abcdef", length);
  }

  public String uuid() {
    return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-a" + hex(3) + "-" + hex(12);
  }

  public String githubClassic() {
    String body = alnum(30);
    return "ghp_" + body + GithubChecksum.checksum(body);
  }

  public String stripeRestricted() {
    return "rk_live_" + alnum(99);
  }

  private String pick(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
