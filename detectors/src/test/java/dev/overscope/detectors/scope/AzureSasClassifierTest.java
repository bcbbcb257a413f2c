package dev.overscope.detectors.scope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AzureSasClassifierTest {
  private final AzureSasClassifier classifier = new AzureSasClassifier();
  private static final String SIG = "sig=q9Xk2LmP4vR7tYwB1nC5dF8gH3jK6sZ0aE2iO4uQ7xM%3D";

  private ScopeVerdict classify(String url) {
    String match = url.substring(url.indexOf("sv="));
    return classifier.classify(Candidates.of(url, match)).orElseThrow();
  }

  @Test
  void anAccountSasThatWritesAndDeletesFromAnywhereForYearsIsBroad() {
    LocalDate start = LocalDate.now();
    String url = "https://acme.blob.core.windows.net/?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacup&se="
        + start.plusYears(3) + "T00:00:00Z&st=" + start + "T00:00:00Z&spr=https&" + SIG;
    ScopeVerdict verdict = classify(url);
    assertThat(verdict.scope()).isEqualTo(Scope.BROAD);
    assertThat(verdict.evidence()).contains("account SAS (services bfqt, resource types sco)")
        .contains("sp=rwdlacup").contains("from any IP address").contains("writes and deletes");
  }

  @Test
  void aReadAndListSasIsReadOnly() {
    String url = "https://acme.blob.core.windows.net/c/f?sp=rl&st=2025-03-01&se=2025-03-02&spr=https"
        + "&sv=2022-11-02&sr=c&" + SIG;
    ScopeVerdict verdict = classify(url);
    assertThat(verdict.scope()).isEqualTo(Scope.READ_ONLY);
    assertThat(verdict.evidence()).isEqualTo("service SAS (resource c) with permissions sp=rl: read and list only");
  }

  @Test
  void anIpRestrictionOrAShortExpiryMakesAWritingSasScoped() {
    LocalDate start = LocalDate.now();
    String restricted = "?sv=2022-11-02&ss=b&srt=co&sp=rwd&se=" + start.plusYears(2) + "&st=" + start
        + "&sip=203.0.113.7&" + SIG;
    ScopeVerdict verdict = classify(restricted);
    assertThat(verdict.scope()).isEqualTo(Scope.SCOPED);
    assertThat(verdict.evidence()).contains("only from 203.0.113.7").contains("valid 7");
    String shortLived = "?sv=2022-11-02&ss=b&srt=co&sp=rwd&se=" + start.plusDays(7) + "&st=" + start + "&" + SIG;
    assertThat(classify(shortLived).scope()).isEqualTo(Scope.SCOPED);
    assertThat(classify(shortLived).evidence()).contains("valid 7 days");
  }

  @Test
  void aStoredAccessPolicyKeepsTheScopeUnknown() {
    ScopeVerdict verdict = classify("?sv=2022-11-02&sr=c&si=nightly-backup&" + SIG);
    assertThat(verdict.scope()).isEqualTo(Scope.UNKNOWN);
    assertThat(verdict.evidence()).contains("stored access policy si=nightly-backup");
  }
}
