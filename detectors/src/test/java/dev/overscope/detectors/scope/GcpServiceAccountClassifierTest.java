package dev.overscope.detectors.scope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import org.junit.jupiter.api.Test;

class GcpServiceAccountClassifierTest {
  private final GcpServiceAccountClassifier classifier = new GcpServiceAccountClassifier();
  private static final String KEY = "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n";

  private ScopeVerdict classify(String email) {
    String json = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-prod\",\n  \"private_key\": \"" + KEY
        + "\",\n  \"client_email\": \"" + email + "\"\n}";
    return classifier.classify(Candidates.of(json, KEY)).orElseThrow();
  }

  @Test
  void theDefaultComputeAccountHoldsEditor() {
    ScopeVerdict verdict = classify("314159265358-compute@developer.gserviceaccount.com");
    assertThat(verdict.scope()).isEqualTo(Scope.ROOT);
    assertThat(verdict.evidence()).isEqualTo("client_email 314159265358-compute@developer.gserviceaccount.com is the"
        + " default Compute Engine service account, which holds the project Editor role unless it was removed");
  }

  @Test
  void appEngineAndFirebaseAdminAccountsAreRoot() {
    assertThat(classify("acme-prod@appspot.gserviceaccount.com").scope()).isEqualTo(Scope.ROOT);
    ScopeVerdict firebase = classify("firebase-adminsdk-q7x2k@acme-prod.iam.gserviceaccount.com");
    assertThat(firebase.scope()).isEqualTo(Scope.ROOT);
    assertThat(firebase.evidence()).contains("bypasses security rules");
  }

  @Test
  void aDedicatedAccountHasUnknownRoles() {
    ScopeVerdict verdict = classify("ci-deployer@acme-prod.iam.gserviceaccount.com");
    assertThat(verdict.scope()).isEqualTo(Scope.UNKNOWN);
    assertThat(verdict.evidence()).isEqualTo(
        "key of service account ci-deployer@acme-prod.iam.gserviceaccount.com: its IAM roles are not visible offline");
  }
}
