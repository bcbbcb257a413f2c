package dev.overscope.detectors.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.finding.Finding;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.Scanner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyzers as a user gets them: installed through the ServiceLoader, run by the scanner beside the regexes. */
class InstalledAnalyzersScanTest {
  @TempDir
  Path root;

  @Test
  void aScanFindsTheSplitKeyAndTheJdbcPasswordThatNoRegexSees() throws Exception {
    String tail = "Q8vRt2" + "Lm4xWz9Kp3Nd7Hs5Yb6Cf1Gj";
    String password = "Vt7q" + "Lm2xWt4Rzp9K";
    Path source = root.resolve("src/main/java/dev/acme/Billing.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        package dev.acme;

        import java.sql.DriverManager;

        final class Billing {
          private static final String LIVE = "sk_live_";

          void configure() throws Exception {
            Stripe.apiKey = LIVE + "%s";
            DriverManager.getConnection("jdbc:postgresql://db.internal/billing", "billing", "%s");
          }
        }
        """.formatted(tail, password));
    Path properties = root.resolve("src/main/resources/application.properties");
    Files.createDirectories(properties.getParent());
    Files.writeString(properties, "spring.datasource.password=" + password + "x\n");

    Scanner scanner = Scanner.builder().withInstalledPlugins().build();
    ScanResult withoutJava = scanner.scan(ScanRequest.of(root).withThreads(1));
    // Off by default for speed: only the regex engine and the Spring analyzer ran.
    assertThat(withoutJava.findings()).extracting(finding -> finding.rule().id())
        .doesNotContain("stripe-secret-key", "java-jdbc-literal-password");
    assertThat(scanner.optionalAnalyzers()).containsExactly("java");
    ScanResult result = scanner.scan(ScanRequest.of(root).withThreads(1).withExtraAnalyzers(java.util.Set.of("java")));

    // The properties password is found once, by the generic assignment rule or the Spring analyzer.
    assertThat(result.findings()).extracting(finding -> finding.rule().id())
        .hasSize(3)
        .contains("stripe-secret-key", "java-jdbc-literal-password")
        .containsAnyOf("spring-config-literal-credential", "generic-password-assignment");
    Finding stripe = result.findings().stream().filter(f -> f.rule().id().equals("stripe-secret-key")).findFirst()
        .orElseThrow();
    assertThat(stripe.primaryLocation().path()).isEqualTo("src/main/java/dev/acme/Billing.java");
    assertThat(stripe.primaryLocation().span().startLine()).isEqualTo(9);
    assertThat(stripe.redacted()).doesNotContain(tail);
    assertThat(scanner.rules()).extracting(rule -> rule.id()).contains("java-credential-named-literal");
  }
}
