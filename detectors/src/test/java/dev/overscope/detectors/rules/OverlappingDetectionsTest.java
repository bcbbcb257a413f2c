package dev.overscope.detectors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.engine.ByteText;
import dev.overscope.core.engine.Engine;
import dev.overscope.core.rule.Rule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One secret, one finding: where two catalogue rules match the same text, the more specific one is reported. The
 * tokens are generated at run time so that this file holds none (the project scans itself).
 */
class OverlappingDetectionsTest {
  private static final BuiltinRules CATALOGUE = new BuiltinRules();
  private static final Engine ENGINE = new Engine(CATALOGUE.rules(), CATALOGUE.globalFilters());
  private final Random random = new Random(20260511L);

  private String chars(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  private String hex(int length) {
    return chars("0123456789abcdef", length);
  }

  private static List<String> ruleIds(String text) {
    return ENGINE.scan(new ByteText(text.getBytes(StandardCharsets.UTF_8))).stream()
        .map(detection -> detection.rule().id())
        .toList();
  }

  @Test
  void aPaystackKeyIsReportedByThePaystackRuleAloneThoughStripeShapesMatchIt() {
    String key = "sk_" + "live_" + hex(40);
    assertThat(ruleIds("STRIPE_SECRET_KEY=" + key)).containsExactly("stripe-secret-key");
    assertThat(ruleIds("PAYSTACK_SECRET_KEY=" + key)).containsExactly("paystack-live-secret-key");
    assertThat(ruleIds("PAYSTACK_SECRET_KEY=" + "sk_" + "test_" + hex(40))).containsExactly("paystack-test-secret-key");
  }

  @Test
  void aTwilioSidAndTokenPairYieldsNoGenericDuplicate() {
    String pair = "account_sid = 'AC" + hex(32) + "'\nauth_token = '" + hex(32) + "'\n";
    assertThat(ruleIds(pair)).containsExactly("twilio-account-credentials");
    // The same token with no SID near it is still reported, by the generic rule.
    assertThat(ruleIds("auth_token = '" + hex(32) + "'\n")).containsExactly("generic-secret-assignment");
  }

  @Test
  void aFirebaseCiTokenIsNotAlsoReportedAsAGoogleRefreshToken() {
    String token = "1/" + "/0" + chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 100);
    assertThat(ruleIds("FIREBASE_TOKEN=" + token)).containsExactly("firebase-ci-token");
    assertThat(ruleIds("\"refresh_token\": \"" + token + "\"")).contains("gcp-oauth-refresh-token");
  }

  @Test
  void aKubeconfigTokenIsNotAlsoReportedAsABareJwt() {
    var encoder = java.util.Base64.getUrlEncoder().withoutPadding();
    String jwt = encoder.encodeToString("{\"alg\":\"RS256\",\"kid\":\"q7x2k\"}".getBytes(StandardCharsets.UTF_8))
        + "." + encoder.encodeToString(
            "{\"iss\":\"kubernetes/serviceaccount\",\"sub\":\"system:serviceaccount:ci:deployer\"}"
                .getBytes(StandardCharsets.UTF_8))
        + "." + chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 86);
    String kubeconfig = "apiVersion: v1\nkind: Config\nusers:\n- name: deployer\n  user:\n    token: " + jwt + "\n";
    assertThat(ruleIds(kubeconfig)).containsExactly("kubeconfig-user-token");
    assertThat(ruleIds("SESSION=" + jwt)).containsExactly("jwt");
  }

  @Test
  void everySupersededRuleExistsAndNoTwoRulesSupersedeEachOther() {
    Set<String> ids = CATALOGUE.rules().stream().map(Rule::id).collect(Collectors.toSet());
    for (Rule rule : CATALOGUE.rules()) {
      assertThat(ids).as(rule.id()).containsAll(rule.precedence().supersedes());
      for (Rule other : CATALOGUE.rules()) {
        assertThat(rule.yieldsTo(other) && other.yieldsTo(rule)).as(rule.id() + " and " + other.id()).isFalse();
      }
    }
  }

  @Test
  void everyRuleOfTheGenericProviderIsGeneric() {
    assertThat(CATALOGUE.rules()).filteredOn(rule -> rule.provider().equals(RuleCompiler.GENERIC_PROVIDER))
        .isNotEmpty()
        .allMatch(rule -> rule.precedence().generic());
  }
}
