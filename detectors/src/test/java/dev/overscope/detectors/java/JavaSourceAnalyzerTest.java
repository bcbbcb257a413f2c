package dev.overscope.detectors.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.engine.ByteText;
import dev.overscope.core.engine.Detection;
import dev.overscope.core.engine.Engine;
import dev.overscope.core.engine.SourceAnalyzer;
import dev.overscope.core.engine.TextSpan;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.detectors.rules.BuiltinRules;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JavaSourceAnalyzerTest {
  private static final BuiltinRules CATALOGUE = new BuiltinRules();
  private static final Engine ENGINE = new Engine(CATALOGUE.rules(), CATALOGUE.globalFilters());
  private static final String MAIN = "src/main/java/dev/acme/billing/Billing.java";

  /** A Stripe live key made up for this run: "sk_live_" and 32 random letters and digits, split in two. */
  private static final String HEAD = alphanumerics(16, 1);
  private static final String TAIL = alphanumerics(16, 2);
  private static final String STRIPE_KEY = "sk_live_" + HEAD + TAIL;

  private final JavaSourceAnalyzer analyzer = new JavaSourceAnalyzer();

  @Nested
  class ConstantFolding {
    @Test
    void stripeKeyConcatenatedFromStaticFinalConstantsIsFoundWhereItIsAssembled() {
      String source = """
          package dev.acme.billing;

          final class Billing {
            private static final String PREFIX = "sk_live_";
            private static final String HEAD = "%s";

            static String key() {
              return PREFIX + HEAD + "%s";
            }
          }
          """.formatted(HEAD, TAIL);

      List<Detection> found = analyze(MAIN, source);

      assertThat(found).singleElement().satisfies(detection -> {
        assertThat(detection.rule().id()).isEqualTo("stripe-secret-key");
        assertThat(detection.secret()).isEqualTo(STRIPE_KEY);
        assertThat(detection.verdict().scope()).isEqualTo(Scope.BROAD);
        String line = "    return PREFIX + HEAD + \"" + TAIL + "\";";
        assertThat(detection.lineText()).isEqualTo(line);
        // The whole expression, 1-based, end exclusive: from PREFIX to the closing quote.
        assertThat(detection.span()).isEqualTo(new TextSpan(8, line.indexOf("PREFIX") + 1, 8, line.indexOf(';') + 1));
      });
    }

    @Test
    void finalLocalVariablesFold() {
      assertThat(secrets(method("""
          final String head = "sk_live_%s";
          final String tail = "%s";
          Stripe.apiKey = head + tail;
          """.formatted(HEAD, TAIL)))).containsExactly(STRIPE_KEY);
    }

    @Test
    void stringJoinAndConcatFold() {
      assertThat(secrets(method("String key = String.join(\"\", \"sk_live_\", \"%s\", \"%s\");"
          .formatted(HEAD, TAIL)))).containsExactly(STRIPE_KEY);
      assertThat(secrets(method("String key = \"sk_live_\".concat(\"%s\").concat(\"%s\");"
          .formatted(HEAD, TAIL)))).containsExactly(STRIPE_KEY);
      assertThat(secrets(method("String key = String.join(\"_\", List.of(\"sk\", \"live\", \"%s%s\"));"
          .formatted(HEAD, TAIL)))).containsExactly(STRIPE_KEY);
    }

    @Test
    void charAndByteArraysTurnedIntoStringsFold() {
      String chars = STRIPE_KEY.chars().mapToObj(c -> "'" + (char) c + "'").collect(Collectors.joining(", "));
      String bytes = STRIPE_KEY.chars().mapToObj(Integer::toString).collect(Collectors.joining(", "));

      assertThat(secrets(method("String key = new String(new char[] {" + chars + "});")))
          .containsExactly(STRIPE_KEY);
      assertThat(secrets(method("String key = new String(new byte[] {" + bytes + "}, StandardCharsets.UTF_8);")))
          .containsExactly(STRIPE_KEY);
      assertThat(secrets("class Keys {\n  static final char[] KEY = {" + chars + "};\n}\n"))
          .containsExactly(STRIPE_KEY);
    }

    @Test
    void base64DecodedLiteralFolds() {
      String encoded = Base64.getEncoder().encodeToString(STRIPE_KEY.getBytes(StandardCharsets.US_ASCII));

      assertThat(secrets(method(
          "String key = new String(Base64.getDecoder().decode(\"" + encoded + "\"), StandardCharsets.UTF_8);")))
          .containsExactly(STRIPE_KEY);
    }

    @Test
    void textBlockJoinedWithLineContinuationFolds() {
      String source = "class Config {\n  static final String KEY = \"\"\"\n      sk_live_" + HEAD + "\\\n      "
          + TAIL + "\"\"\";\n}\n";

      assertThat(secrets(source)).containsExactly(STRIPE_KEY);
    }

    @Test
    void stringBuilderChainFolds() {
      assertThat(secrets(method("String key = new StringBuilder(\"sk_live_\").append(\"%s\").append(\"%s\").toString();"
          .formatted(HEAD, TAIL)))).containsExactly(STRIPE_KEY);
    }

    @Test
    void aKeyWrittenOutWholeIsLeftToTheRegexEngine() {
      assertThat(analyze(MAIN, method("String key = \"" + STRIPE_KEY + "\".trim();"))).isEmpty();
      assertThat(analyze(MAIN, "class Keys { static final String KEY = \"" + STRIPE_KEY + "\"; }")).isEmpty();
    }

    @Test
    void aReassignedVariableIsNotAConstant() {
      assertThat(analyze(MAIN, method("""
          String head = "sk_live_";
          head = System.getenv("STRIPE_PREFIX");
          String key = head + "%s%s";
          """.formatted(HEAD, TAIL)))).isEmpty();
    }
  }

  @Nested
  class CredentialSinks {
    @Test
    void jdbcPasswordReachingDriverManagerIsFoundAtItsConstant() {
      String password = "Vt7" + alphanumerics(12, 3);
      String source = """
          import java.sql.Connection;
          import java.sql.DriverManager;

          class OrdersRepository {
            private static final String URL = "jdbc:postgresql://db.internal:5432/orders";
            private static final String PASSWORD = "%s";

            Connection open() throws Exception {
              return DriverManager.getConnection(URL, "orders_app", PASSWORD);
            }
          }
          """.formatted(password);

      assertThat(analyze(MAIN, source)).singleElement().satisfies(detection -> {
        assertThat(detection.rule().id()).isEqualTo("java-jdbc-literal-password");
        assertThat(detection.secret()).isEqualTo(password);
        assertThat(detection.span().startLine()).isEqualTo(6);
        assertThat(detection.span().startColumn()).isEqualTo(42);
        assertThat(detection.verdict().scope()).isEqualTo(Scope.UNKNOWN);
        assertThat(detection.verdict().evidence())
            .isEqualTo("passed to DriverManager.getConnection as its password: a literal credential, its power"
                + " not visible offline");
      });
    }

    @Test
    void aCatalogueKeyReachingASinkKeepsItsProviderRuleAndScope() {
      List<Detection> found = analyze(MAIN, method(
          "Stripe.apiKey = \"sk_live_\" + \"%s\" + \"%s\";".formatted(HEAD, TAIL)));

      assertThat(found).singleElement().satisfies(detection -> {
        assertThat(detection.rule().id()).isEqualTo("stripe-secret-key");
        assertThat(detection.verdict().scope()).isEqualTo(Scope.BROAD);
      });
    }

    @Test
    void eachSinkFamilyReportsUnderItsOwnRule() {
      String secret = alphanumerics(28, 4);
      assertThat(ruleOf("AWSCredentials c = new BasicAWSCredentials(\"AKIA\" + id, \"%s\");", secret))
          .isEqualTo("java-aws-literal-secret-key");
      assertThat(ruleOf("AwsCredentials c = AwsBasicCredentials.create(id, \"%s\");", secret))
          .isEqualTo("java-aws-literal-secret-key");
      assertThat(ruleOf("Stripe.apiKey = \"%s\";", secret)).isEqualTo("java-stripe-literal-key");
      assertThat(ruleOf("dataSource.setPassword(\"%s\");", secret)).isEqualTo("java-jdbc-literal-password");
      assertThat(ruleOf("return new PasswordAuthentication(\"bot\", \"%s\".toCharArray());", secret))
          .isEqualTo("java-literal-password-authentication");
      assertThat(ruleOf("connection.setRequestProperty(\"Authorization\", \"Bearer %s\");", secret))
          .isEqualTo("java-http-literal-authorization");
      assertThat(ruleOf("post.addHeader(HttpHeaders.AUTHORIZATION, \"Basic %s\");", secret))
          .isEqualTo("java-http-literal-authorization");
      assertThat(ruleOf("SecretKey k = Keys.hmacShaKeyFor(\"%s\".getBytes(StandardCharsets.UTF_8));", secret))
          .isEqualTo("java-literal-signing-key");
      assertThat(ruleOf("Algorithm a = Algorithm.HMAC512(\"%s\");", secret)).isEqualTo("java-literal-signing-key");
      assertThat(ruleOf("builder.credential(new AzureKeyCredential(\"%s\"));", secret))
          .isEqualTo("java-azure-literal-key");
      assertThat(ruleOf("Twilio.init(\"AC\" + sid, \"%s\");", secret)).isEqualTo("java-twilio-literal-token");
      assertThat(ruleOf("var slack = Slack.getInstance(); slack.methods(\"%s\");", secret))
          .isEqualTo("java-slack-literal-token");
      assertThat(ruleOf("OpenAIClient c = OpenAIOkHttpClient.builder().baseUrl(u).apiKey(\"%s\").build();", secret))
          .isEqualTo("java-openai-literal-key");
      assertThat(ruleOf("TwilioRestClient c = new TwilioRestClient.Builder(sid, \"%s\").build();", secret))
          .isEqualTo("java-twilio-literal-token");
    }

    @Test
    void springValueDefaultOfACredentialPropertyIsFound() {
      String secret = alphanumerics(20, 5);
      String source = """
          class PaymentsConfig {
            @Value("${payments.client-secret:%s}")
            private String clientSecret;

            @Value("${payments.timeout:30s}")
            private String timeout;
          }
          """.formatted(secret);

      assertThat(analyze(MAIN, source)).singleElement().satisfies(detection -> {
        assertThat(detection.rule().id()).isEqualTo("java-spring-value-default");
        assertThat(detection.secret()).isEqualTo(secret);
        assertThat(detection.verdict().evidence()).startsWith("default of @Value(\"${payments.client-secret}\")");
      });
    }

    @Test
    void sinkLiteralsInTestCodeAreMarkedAsTestEnvironment() {
      List<Detection> found = analyze("src/test/java/dev/acme/OrdersRepositoryTest.java",
          method("DriverManager.getConnection(url, \"sa\", \"" + alphanumerics(12, 6) + "\");"));

      assertThat(found).singleElement().satisfies(detection ->
          assertThat(detection.verdict().environment()).isEqualTo(Environment.TEST));
    }
  }

  @Nested
  class CredentialIdentifiers {
    @Test
    void credentialNamedFieldWithARandomLiteralIsWeakEvidence() {
      String secret = "mX9" + alphanumerics(17, 7);
      String line = "  private final String apiKey = \"" + secret + "\";";
      List<Detection> found = analyze(MAIN, "class Client {\n" + line + "\n}\n");

      assertThat(found).singleElement().satisfies(detection -> {
        assertThat(detection.rule().id()).isEqualTo("java-credential-named-literal");
        assertThat(detection.verdict().evidence()).startsWith("field apiKey holds a literal of credential shape");
        assertThat(detection.span()).isEqualTo(new TextSpan(2, line.indexOf('"') + 1, 2, line.indexOf(';') + 1));
      });
    }

    @Test
    void namesAreNotEvidenceInTestSources() {
      String source = "class ClientTest {\n  private final String apiKey = \"mX9" + alphanumerics(17, 8) + "\";\n}\n";

      assertThat(analyze("src/test/java/dev/acme/ClientTest.java", source)).isEmpty();
      assertThat(analyze("src/main/java/dev/acme/fixtures/Client.java", source)).isEmpty();
      assertThat(analyze("src/main/java/dev/acme/ClientTest.java", source)).isEmpty();
    }

    @Test
    void catalogueMatchesAreKeptInTestSources() {
      assertThat(analyze("src/test/java/dev/acme/BillingTest.java",
          method("String key = \"sk_live_\" + \"%s%s\";".formatted(HEAD, TAIL))))
          .extracting(Detection::secret).containsExactly(STRIPE_KEY);
    }
  }

  @Nested
  class NothingToReport {
    @Test
    void environmentReadsPlaceholdersAndLabelsAreNotCredentials() {
      String source = """
          import java.sql.DriverManager;

          class Settings {
            private static final String PASSWORD_PROPERTY = "javax.net.ssl.keyStorePassword";
            private static final String API_KEY_ENV = "BILLING_API_KEY";
            private static final String TOKEN_HEADER = "X-Auth-Token";
            private final String apiKey = System.getenv("BILLING_API_KEY");
            private final String password = "password";
            private final String secret = "";
            private final String token = "<your-token-here>";
            private final String clientSecret = "${CLIENT_SECRET}";
            private final String privateKey = Optional.ofNullable(System.getenv("KEY")).orElse("");

            void connect(String user, String secret) throws Exception {
              DriverManager.getConnection("jdbc:h2:mem:test", user, secret);
              DriverManager.getConnection("jdbc:h2:mem:test", "sa", "");
              DriverManager.getConnection("jdbc:h2:mem:test", "root", "changeme");
              request.setHeader("Authorization", "Bearer " + System.getenv("TOKEN"));
              Stripe.apiKey = System.getProperty("stripe.key");
            }
          }
          """;

      assertThat(analyze(MAIN, source)).isEmpty();
    }

    @Test
    void annotationExampleValuesAreDocumentation() {
      String source = """
          class ChargeRequest {
            @Schema(description = "The API key", example = "mX9%s")
            private String apiKey;

            @ApiModelProperty(value = "password", example = "sk_live_" + "%s%s")
            private String password;
          }
          """.formatted(alphanumerics(17, 9), HEAD, TAIL);

      assertThat(analyze(MAIN, source)).isEmpty();
    }

    @Test
    void ordinaryStringConstantsAreNotReported() {
      String source = """
          class Messages {
            static final String GREETING = "Hello, " + "world";
            static final String SQL = "select id, name from customers " + "where region = ?";
            static final String TOKEN_PATTERN = "[A-Za-z0-9]{" + 32 + "}";
            String describe(int count) {
              return "There are " + count + " tokens";
            }
          }
          """;

      assertThat(analyze(MAIN, source)).isEmpty();
    }
  }

  @Nested
  class Robustness {
    @Test
    void aFileThatDoesNotParseFallsBackToTheRegexEngineAndIsCounted() {
      assertThat(analyze(MAIN, "class Broken { void m( { String k = \"sk_live_\" + \"" + HEAD + TAIL + "\"; }"))
          .isEmpty();

      assertThat(analyzer.parseFailures()).isEqualTo(1);
      assertThat(analyzer.filesAnalyzed()).isZero();
    }

    @Test
    void aFileOverTwoMegabytesIsLeftToTheRegexEngineAndCounted() {
      String huge = "class Generated {\n" + "  int x;\n".repeat(JavaSourceAnalyzer.MAX_BYTES / 8) + "}\n";

      assertThat(analyze(MAIN, huge)).isEmpty();

      assertThat(analyzer.oversizedFiles()).isEqualTo(1);
    }

    @Test
    void aFileWithoutAnyWordTheAnalysisCouldReportOnIsNotParsed() {
      String source = "class Counter {\n  private int count;\n  String label() { return \"count: \" + count; }\n}\n";

      assertThat(analyze(MAIN, source)).isEmpty();

      assertThat(analyzer.filesSkipped()).isEqualTo(1);
      assertThat(analyzer.filesAnalyzed()).isZero();
    }

    @Test
    void onlyJavaFilesAreAnalysed() {
      assertThat(analyzer.appliesTo("src/main/java/dev/acme/Billing.java")).isTrue();
      assertThat(analyzer.appliesTo("src/main/kotlin/dev/acme/Billing.kt")).isFalse();
      assertThat(analyzer.appliesTo("docs/Billing.java.md")).isFalse();
    }

    @Test
    void bothAnalyzersAreInstalledThroughTheServiceLoader() {
      assertThat(ServiceLoader.load(SourceAnalyzer.class).stream().map(provider -> provider.type().getSimpleName()))
          .contains("JavaSourceAnalyzer", "SpringConfigAnalyzer");
    }

    @Test
    void columnsCountCharactersNotBytesAfterNonAsciiText() {
      String source = "class Prix {\n  String a = \"é\"; String key = \"sk_live_\" + \"" + HEAD + TAIL + "\";\n}\n";

      assertThat(analyze(MAIN, source)).singleElement().satisfies(detection ->
          assertThat(detection.span().startColumn()).isEqualTo(source.lines().toList().get(1).indexOf("\"sk") + 1));
    }
  }

  private String ruleOf(String statement, String secret) {
    List<Detection> found = analyze(MAIN, method(statement.formatted(secret)));
    assertThat(found).as(statement).extracting(Detection::secret).containsExactly(secret);
    return found.get(0).rule().id();
  }

  private List<String> secrets(String source) {
    return analyze(MAIN, source).stream().map(Detection::secret).toList();
  }

  private List<Detection> analyze(String path, String source) {
    return analyzer.analyze(new SourceAnalyzer.AnalysisInput(path,
        new ByteText(source.getBytes(StandardCharsets.UTF_8)), ENGINE));
  }

  private static String method(String body) {
    return "class Example {\n  void run(String id, String sid, String u, String token) throws Exception {\n"
        + body.indent(4) + "  }\n}\n";
  }

  private static String alphanumerics(int length, long seed) {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
