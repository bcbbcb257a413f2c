package dev.overscope.detectors.scope;

import com.fasterxml.jackson.databind.JsonNode;
import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * A Sentry organisation auth token is {@code sntrys_<base64 JSON>_<secret>}; the JSON names the organisation and its
 * region ({@code {"iat":…,"url":…,"region_url":…,"org":"<slug>"}}). Organisation tokens carry the CI scope only
 * (releases, source maps), so the verdict is scoped, naming the organisation.
 */
public final class SentryOrgTokenClassifier implements ScopeClassifier {
  private static final String PREFIX = "sntrys_";

  @Override
  public String name() {
    return "sentry-org-token";
  }

  @Override
  public Optional<ScopeVerdict> classify(Candidate candidate) {
    return payload(candidate.secret()).map(payload -> {
      String org = payload.path("org").asText("");
      String region = payload.path("region_url").asText(payload.path("url").asText(""));
      String where = region.isEmpty() ? "" : " (" + region + ")";
      String whose = org.isEmpty() ? "an organisation" : "organisation '" + org + "'";
      return new ScopeVerdict(Scope.SCOPED, Environment.UNKNOWN,
          "payload names Sentry " + whose + where
              + "; organisation tokens carry only the org:ci scope (releases and source maps)");
    });
  }

  /** The decoded JSON between the prefix and the last underscore. */
  static Optional<JsonNode> payload(String token) {
    int last = token.lastIndexOf('_');
    if (!token.startsWith(PREFIX) || last <= PREFIX.length()) {
      return Optional.empty();
    }
    String body = token.substring(PREFIX.length(), last).replace("=", "");
    try {
      JsonNode node = JsonTrees.mapper().readTree(Base64.getDecoder().decode(padded(body)));
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (IllegalArgumentException | IOException e) {
      return Optional.empty();
    }
  }

  private static String padded(String body) {
    return body + "=".repeat((4 - body.length() % 4) % 4);
  }
}
