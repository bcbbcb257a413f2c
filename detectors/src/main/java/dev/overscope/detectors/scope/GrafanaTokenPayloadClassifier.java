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
 * Grafana Cloud access policy tokens ({@code glc_}) and legacy API keys ({@code eyJrIjoi…}) are base64 JSON naming
 * the token and its organisation ({@code {"o":…,"n":…,"m":{"r":region}}}, {@code {"k":…,"n":…,"id":org}}). Neither
 * carries its permissions, so the verdict stays unknown, but the evidence says whose token it is.
 */
public final class GrafanaTokenPayloadClassifier implements ScopeClassifier {
  private static final String CLOUD_PREFIX = "glc_";
  private static final int MAX_LENGTH = 4096;

  @Override
  public String name() {
    return "grafana-token-payload";
  }

  @Override
  public Optional<ScopeVerdict> classify(Candidate candidate) {
    String token = candidate.secret();
    boolean cloud = token.startsWith(CLOUD_PREFIX);
    return decode(cloud ? token.substring(CLOUD_PREFIX.length()) : token).flatMap(payload -> {
      String name = payload.path("n").asText("");
      String org = (cloud ? payload.path("o") : payload.path("id")).asText("");
      if (name.isEmpty() && org.isEmpty()) {
        return Optional.empty();
      }
      String region = payload.path("m").path("r").asText("");
      String kind = cloud ? "access policy token" : "legacy API key";
      String where = region.isEmpty() ? "" : ", region " + region;
      return Optional.of(new ScopeVerdict(Scope.UNKNOWN, Environment.UNKNOWN,
          "payload names Grafana " + kind + " '" + name + "' of organisation " + org + where
              + "; its permissions are not in the token"));
    });
  }

  private static Optional<JsonNode> decode(String body) {
    if (body.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    try {
      String unpadded = body.replace("=", "");
      String padded = unpadded + "=".repeat((4 - unpadded.length() % 4) % 4);
      JsonNode node = JsonTrees.mapper().readTree(Base64.getDecoder().decode(padded));
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (IllegalArgumentException | IOException e) {
      return Optional.empty();
    }
  }
}
