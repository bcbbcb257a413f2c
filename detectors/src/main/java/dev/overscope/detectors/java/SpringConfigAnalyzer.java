package dev.overscope.detectors.java;

import dev.overscope.core.engine.ByteText;
import dev.overscope.core.engine.Detection;
import dev.overscope.core.engine.SourceAnalyzer;
import dev.overscope.core.engine.TextSpan;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Spring Boot {@code application*.properties} and {@code application*.yml} for literal credentials under
 * credential keys ({@code spring.datasource.password}, {@code *.client-secret}, {@code *.api-key}). A
 * {@code ${ENV}} reference is what the file should hold and is not reported; the literal default of
 * {@code ${ENV:default}} is. Encrypted values ({@code {cipher}}, {@code ENC(...)}) are not literals.
 */
public final class SpringConfigAnalyzer implements SourceAnalyzer {
  static final String RULE = "spring-config-literal-credential";
  private static final Pattern FILE_NAME =
      Pattern.compile("(?:application|bootstrap)(?:-(?<profile>[\\w.-]+))?\\.(?:properties|ya?ml)");
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^:}]+)(?::(.*))?}");

  private final SinkCatalog catalog = SinkCatalog.builtin();
  private final AtomicLong unparsable = new AtomicLong();

  @Override
  public boolean appliesTo(String path) {
    return FILE_NAME.matcher(path.substring(path.lastIndexOf('/') + 1)).matches();
  }

  @Override
  public List<Detection> analyze(AnalysisInput input) {
    // Test resources hold made-up passwords for embedded databases; the key name is the only evidence here.
    if (TestSources.isTest(input.path()) || input.text().length() > JavaSourceAnalyzer.MAX_BYTES) {
      return List.of();
    }
    List<ConfigEntry> entries;
    try {
      entries = input.path().endsWith(".properties")
          ? ConfigEntry.fromProperties(input.text())
          : ConfigEntry.fromYaml(input.text());
    } catch (RuntimeException malformed) {
      unparsable.incrementAndGet();
      return List.of();
    }
    List<Detection> detections = new ArrayList<>();
    Environment environment = environment(input.path());
    for (ConfigEntry entry : entries) {
      if (CredentialIdentifiers.isCredential(entry.key())) {
        judge(input, entry, environment, detections);
      }
    }
    return detections;
  }

  @Override
  public List<Rule> rules() {
    return catalog.rules("spring-config");
  }

  /** Configuration files that did not parse. */
  public long parseFailures() {
    return unparsable.get();
  }

  private void judge(AnalysisInput input, ConfigEntry entry, Environment environment, List<Detection> out) {
    String value = entry.value().strip();
    int start = entry.valueStart();
    Matcher reference = REFERENCE.matcher(value);
    String how = "set as " + entry.key();
    if (reference.matches()) {
      if (reference.group(2) == null) {
        return;
      }
      start += value.indexOf(':', 2) + 1;
      value = reference.group(2);
      how = "default of ${" + reference.group(1) + "} for " + entry.key();
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.startsWith("{cipher}") || lower.startsWith("enc(") || !CredentialShape.isLiteralCredential(value)) {
      return;
    }
    ByteText text = input.text();
    int end = start + value.getBytes(StandardCharsets.UTF_8).length;
    TextSpan span = TextSpan.of(text.position(start), text.position(end));
    String line = text.lineAround(start, dev.overscope.core.rule.Candidate.LINE_CONTEXT);
    List<Detection> known = input.engine().scan(new ByteText(value.getBytes(StandardCharsets.UTF_8)));
    if (!known.isEmpty()) {
      known.forEach(found -> out.add(new Detection(found.rule(), found.secret(), span, line, found.verdict())));
      return;
    }
    out.add(new Detection(catalog.rule(RULE), value, span, line, new ScopeVerdict(Scope.UNKNOWN, environment,
        how + " in Spring configuration: a literal credential, its power not visible offline")));
  }

  private static Environment environment(String path) {
    Matcher name = FILE_NAME.matcher(path.substring(path.lastIndexOf('/') + 1));
    String profile = name.matches() && name.group("profile") != null ? name.group("profile") : "";
    return switch (profile.toLowerCase(Locale.ROOT)) {
      case "prod", "production", "live" -> Environment.PRODUCTION;
      case "test", "testing", "it" -> Environment.TEST;
      default -> Environment.UNKNOWN;
    };
  }
}
