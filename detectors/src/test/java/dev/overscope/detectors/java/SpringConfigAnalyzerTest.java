package dev.overscope.detectors.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.engine.ByteText;
import dev.overscope.core.engine.Detection;
import dev.overscope.core.engine.Engine;
import dev.overscope.core.engine.SourceAnalyzer;
import dev.overscope.core.engine.TextSpan;
import dev.overscope.core.scope.Environment;
import dev.overscope.detectors.rules.BuiltinRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpringConfigAnalyzerTest {
  private static final BuiltinRules CATALOGUE = new BuiltinRules();
  private static final Engine ENGINE = new Engine(CATALOGUE.rules(), CATALOGUE.globalFilters());
  private static final String PASSWORD = "Vt7q" + "Lm2xWt4Rzp9K";
  private static final String CLIENT_SECRET = "pQ4" + "nR8sT2vW6xY9zB3cD";

  private final SpringConfigAnalyzer analyzer = new SpringConfigAnalyzer();

  @Test
  void literalPasswordAndClientSecretInPropertiesAreFoundAtTheirValues() {
    String properties = """
        # orders service
        spring.datasource.url=jdbc:postgresql://db.internal:5432/orders
        spring.datasource.username=orders_app
        spring.datasource.password = %s
        spring.security.oauth2.client.registration.github.client-secret: %s
        spring.security.oauth2.client.provider.github.token-uri=https://github.com/login/oauth/access_token
        """.formatted(PASSWORD, CLIENT_SECRET);

    List<Detection> found = analyze("src/main/resources/application.properties", properties);

    assertThat(found).extracting(Detection::secret).containsExactly(PASSWORD, CLIENT_SECRET);
    assertThat(found.get(0).rule().id()).isEqualTo("spring-config-literal-credential");
    assertThat(found.get(0).span()).isEqualTo(new TextSpan(4, 30, 4, 30 + PASSWORD.length()));
    assertThat(found.get(0).verdict().evidence())
        .startsWith("set as spring.datasource.password in Spring configuration");
  }

  @Test
  void nestedYamlKeysAreJoinedAsSpringBindsThem() {
    String yaml = """
        spring:
          datasource:
            username: orders_app
            password: "%s"
        billing:
          api-key: ${BILLING_API_KEY}
        ---
        payments:
          client-secret: ${PAYMENTS_SECRET:%s}
        """.formatted(PASSWORD, CLIENT_SECRET);

    List<Detection> found = analyze("config/application-prod.yml", yaml);

    assertThat(found).extracting(Detection::secret).containsExactly(PASSWORD, CLIENT_SECRET);
    assertThat(found.get(0).span()).isEqualTo(new TextSpan(4, 16, 4, 16 + PASSWORD.length()));
    assertThat(found.get(0).verdict().environment()).isEqualTo(Environment.PRODUCTION);
    assertThat(found.get(1).span().startLine()).isEqualTo(9);
    assertThat(found.get(1).verdict().evidence()).startsWith("default of ${PAYMENTS_SECRET} for payments.client-secret");
  }

  @Test
  void referencesEncryptedValuesPlaceholdersAndOtherKeysAreNotFindings() {
    String properties = """
        spring.datasource.password=${DB_PASSWORD}
        spring.mail.password={cipher}AQA7c8e9f0a1b2c3d4e5f6
        app.jwt.secret=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)
        app.api-key=changeme
        app.token=
        server.port=8443
        app.password-policy=at least twelve characters
        """;

    assertThat(analyze("src/main/resources/application.properties", properties)).isEmpty();
  }

  @Test
  void testResourcesAndOtherFilesAreNotRead() {
    String properties = "spring.datasource.password=" + PASSWORD + "\n";

    assertThat(analyze("src/test/resources/application.properties", properties)).isEmpty();
    assertThat(analyzer.appliesTo("src/main/resources/application-dev.yaml")).isTrue();
    assertThat(analyzer.appliesTo("src/main/resources/bootstrap.yml")).isTrue();
    assertThat(analyzer.appliesTo("src/main/resources/messages.properties")).isFalse();
  }

  @Test
  void malformedYamlIsCountedAndYieldsNothing() {
    assertThat(analyze("application.yml", "spring:\n  datasource:\n    password: [unclosed\n")).isEmpty();

    assertThat(analyzer.parseFailures()).isEqualTo(1);
  }

  private List<Detection> analyze(String path, String text) {
    return analyzer.analyze(new SourceAnalyzer.AnalysisInput(path,
        new ByteText(text.getBytes(StandardCharsets.UTF_8)), ENGINE));
  }
}
