package dev.overscope.detectors.scope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import org.junit.jupiter.api.Test;

class SnowflakeRoleClassifierTest {
  private final SnowflakeRoleClassifier classifier = new SnowflakeRoleClassifier();
  private static final String PASSWORD = "Vq7mX2kLp9RtZw4YbN8c";

  @Test
  void accountAdminInAUrlIsRoot() {
    String url = "snowflake://etl:" + PASSWORD + "@acme-xy12345/db/public?warehouse=wh&role=accountadmin";
    ScopeVerdict verdict = classifier.classify(Candidates.of(url, PASSWORD)).orElseThrow();
    assertThat(verdict.scope()).isEqualTo(Scope.ROOT);
    assertThat(verdict.evidence()).isEqualTo("connects with role ACCOUNTADMIN, which administers the whole Snowflake"
        + " account (users, grants, every database)");
  }

  @Test
  void anEnvironmentRoleNextToThePasswordIsRead() {
    String env = "SNOWFLAKE_PASSWORD=" + PASSWORD + "\nSNOWFLAKE_ROLE=SYSADMIN\n";
    ScopeVerdict verdict = classifier.classify(Candidates.of(env, PASSWORD)).orElseThrow();
    assertThat(verdict.scope()).isEqualTo(Scope.BROAD);
    assertThat(verdict.evidence()).contains("SYSADMIN");
  }

  @Test
  void aCustomRoleIsUnknownAndNoRoleDecidesNothing() {
    String toml = "[connections.etl]\npassword = \"" + PASSWORD + "\"\nrole = \"REPORTING_RO\"\n";
    ScopeVerdict verdict = classifier.classify(Candidates.of(toml, PASSWORD)).orElseThrow();
    assertThat(verdict.scope()).isEqualTo(Scope.UNKNOWN);
    assertThat(verdict.evidence()).isEqualTo("connects with role REPORTING_RO: its grants are not visible offline");
    assertThat(classifier.classify(Candidates.of("password = \"" + PASSWORD + "\"", PASSWORD))).isEmpty();
  }
}
