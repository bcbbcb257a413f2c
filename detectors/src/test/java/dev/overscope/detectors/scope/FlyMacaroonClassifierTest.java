package dev.overscope.detectors.scope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlyMacaroonClassifierTest {
  private final FlyMacaroonClassifier classifier = new FlyMacaroonClassifier();

  /** The MessagePack subset superfly/macaroon writes: compact ints, str, bin, arrays, maps. */
  private static void write(ByteArrayOutputStream out, Object value) {
    if (value instanceof Long n) {
      if (n < 128) {
        out.write(n.intValue());
      } else if (n < 65536) {
        out.write(0xcd);
        out.write((int) (n >> 8));
        out.write((int) (n & 0xff));
      } else {
        out.write(0xce);
        for (int shift = 24; shift >= 0; shift -= 8) {
          out.write((int) ((n >> shift) & 0xff));
        }
      }
    } else if (value instanceof String s) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      out.write(0xd9);
      out.write(bytes.length);
      out.writeBytes(bytes);
    } else if (value instanceof byte[] bytes) {
      out.write(0xc4);
      out.write(bytes.length);
      out.writeBytes(bytes);
    } else if (value instanceof Boolean b) {
      out.write(b ? 0xc3 : 0xc2);
    } else if (value instanceof List<?> list) {
      out.write(0x90 | list.size());
      list.forEach(item -> write(out, item));
    } else if (value instanceof Map<?, ?> map) {
      out.write(0x80 | map.size());
      map.forEach((k, v) -> {
        write(out, k);
        write(out, v);
      });
    }
  }

  private static String token(String location, List<Object> caveats) {
    SecureRandom random = new SecureRandom();
    byte[] kid = new byte[16];
    byte[] rnd = new byte[16];
    byte[] tail = new byte[32];
    random.nextBytes(kid);
    random.nextBytes(rnd);
    random.nextBytes(tail);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, List.of(List.of(kid, rnd, false), location, caveats, tail));
    return "fm2_" + Base64.getEncoder().encodeToString(out.toByteArray());
  }

  private ScopeVerdict classify(String permissionToken) {
    String discharge = token("https://auth.fly.io", List.of(12L, new byte[16]));
    String header = permissionToken + "," + discharge;
    return classifier.classify(Candidates.of("Authorization: FlyV1 " + header, header)).orElseThrow();
  }

  @Test
  void anOrganizationCaveatAllowingEverythingIsAnOrgToken() {
    ScopeVerdict verdict = classify(token("https://api.fly.io/v1", List.of(0L, List.of(52_831L, 0xffffL))));
    assertThat(verdict.scope()).isEqualTo(Scope.ROOT);
    assertThat(verdict.evidence()).isEqualTo("macaroon Organization caveat for org 52831 allows every action and no"
        + " Apps caveat narrows it: an organisation token");
  }

  @Test
  void anAppsCaveatMakesADeployToken() {
    ScopeVerdict verdict = classify(token("https://api.fly.io/v1",
        List.of(0L, List.of(52_831L, 0xffffL), 3L, List.of(Map.of(90_210L, 0xffffL)))));
    assertThat(verdict.scope()).isEqualTo(Scope.SCOPED);
    assertThat(verdict.evidence()).isEqualTo("macaroon Apps caveat limits it to 1 app(s)");
  }

  @Test
  void aReadOnlyMaskMakesAReadOnlyToken() {
    ScopeVerdict verdict = classify(token("https://api.fly.io/v1", List.of(0L, List.of(52_831L, 1L))));
    assertThat(verdict.scope()).isEqualTo(Scope.READ_ONLY);
    assertThat(verdict.evidence()).contains("allows read only");
  }

  @Test
  void garbageAfterThePrefixDecidesNothing() {
    assertThat(classifier.classify(Candidates.of("fm2_bm90IG1zZ3BhY2s=", "fm2_bm90IG1zZ3BhY2s="))).isEmpty();
  }
}
