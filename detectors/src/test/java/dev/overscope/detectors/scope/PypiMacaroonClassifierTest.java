package dev.overscope.detectors.scope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PypiMacaroonClassifierTest {
  private final PypiMacaroonClassifier classifier = new PypiMacaroonClassifier();

  @Test
  void aTokenWhoseOnlyCaveatNamesTheUserReachesTheWholeAccount() {
    String token = token(List.of("[3,\"" + UUID.randomUUID() + "\"]"));
    ScopeVerdict verdict = classifier.classify(Candidates.of(token)).orElseThrow();
    assertThat(verdict.scope()).isEqualTo(Scope.BROAD);
    assertThat(verdict.evidence()).contains("no project caveat").contains("every project");
  }

  @Test
  void theLegacyUserPermissionCaveatIsAccountWideToo() {
    String token = token(List.of("{\"version\": 1, \"permissions\": \"user\"}"));
    assertThat(classifier.classify(Candidates.of(token))).map(ScopeVerdict::scope).contains(Scope.BROAD);
  }

  @Test
  void aProjectNameCaveatScopesTheTokenAndIsNamedInTheEvidence() {
    String token = token(List.of("[1,[\"acme-widgets\"]]", "[2,[\"" + UUID.randomUUID() + "\"]]",
        "[3,\"" + UUID.randomUUID() + "\"]"));
    ScopeVerdict verdict = classifier.classify(Candidates.of(token)).orElseThrow();
    assertThat(verdict.scope()).isEqualTo(Scope.SCOPED);
    assertThat(verdict.evidence()).contains("limits uploads to project acme-widgets");
  }

  @Test
  void theLegacyProjectsPermissionIsScoped() {
    String token = token(List.of("{\"version\": 1, \"permissions\": {\"projects\": [\"acme-cli\"]}}"));
    ScopeVerdict verdict = classifier.classify(Candidates.of(token)).orElseThrow();
    assertThat(verdict.scope()).isEqualTo(Scope.SCOPED);
    assertThat(verdict.evidence()).contains("acme-cli");
  }

  @Test
  void garbageAfterThePrefixLeavesTheDecisionToTheRule() {
    assertThat(classifier.classify(Candidates.of("pypi-AgEIcHlwaS5vcmc!!notbase64"))).isEmpty();
    assertThat(classifier.classify(Candidates.of("pypi-" + "QUJD".repeat(20)))).isEqualTo(Optional.empty());
  }

  /** A v2 macaroon as warehouse mints it: location pypi.org, a UUID identifier, the caveats, a 32-byte signature. */
  static String token(List<String> caveats) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(2);
    field(out, 1, "pypi.org".getBytes(StandardCharsets.US_ASCII));
    field(out, 2, UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    out.write(0);
    for (String caveat : caveats) {
      field(out, 2, caveat.getBytes(StandardCharsets.UTF_8));
      out.write(0);
    }
    out.write(0);
    byte[] signature = new byte[32];
    new SecureRandom().nextBytes(signature);
    field(out, 6, signature);
    return "pypi-" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }

  private static void field(ByteArrayOutputStream out, int type, byte[] data) {
    out.write(type);
    int length = data.length;
    while (length >= 0x80) {
      out.write((length & 0x7f) | 0x80);
      length >>>= 7;
    }
    out.write(length);
    out.writeBytes(data);
  }
}
