package dev.overscope.detectors.scope;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Optional;

/** Decodes the base64url parts of a JWT into JSON, tolerating missing padding; never throws on garbage. */
public final class JwtPayload {
  private static final int MAX_PART_LENGTH = 16 * 1024;

  private JwtPayload() {}

  public static Optional<JsonNode> decodeJsonObject(String part) {
    if (part.isEmpty() || part.length() > MAX_PART_LENGTH) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(part.replace('+', '-').replace('/', '_').replace("=", ""));
      JsonNode node = JsonTrees.mapper().readTree(bytes);
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (IllegalArgumentException | java.io.IOException e) {
      return Optional.empty();
    }
  }

  /** The claims (second part) of a compact JWT. */
  public static Optional<JsonNode> claims(String jwt) {
    String[] parts = jwt.split("\\.", -1);
    return parts.length == 3 ? decodeJsonObject(parts[1]) : Optional.empty();
  }
}
