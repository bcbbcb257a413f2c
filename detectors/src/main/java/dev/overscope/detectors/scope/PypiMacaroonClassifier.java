package dev.overscope.detectors.scope;

import com.fasterxml.jackson.databind.JsonNode;
import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Reads a PyPI API token offline. The token is {@code pypi-} and a base64url v2 macaroon whose caveats are JSON
 * (pypi/warehouse {@code warehouse/macaroons/caveats}): legacy {@code {"version":1,"permissions":"user"}} or
 * {@code {"permissions":{"projects":[…]}}}, current tagged arrays {@code [1,[names]]} ProjectName,
 * {@code [2,[ids]]} ProjectID, {@code [3,"user"]} RequestUser, {@code [4,…]} trusted publisher. No project caveat
 * means the token uploads to every project of the account.
 */
public final class PypiMacaroonClassifier implements ScopeClassifier {
  private static final int MAX_TOKEN_LENGTH = 8 * 1024;
  private static final int FIELD_END = 0;
  private static final int FIELD_IDENTIFIER = 2;
  private static final int TAG_PROJECT_NAME = 1;
  private static final int TAG_PROJECT_ID = 2;
  private static final int TAG_REQUEST_USER = 3;
  private static final int TAG_TRUSTED_PUBLISHER = 4;

  @Override
  public String name() {
    return "pypi-macaroon";
  }

  @Override
  public Optional<ScopeVerdict> classify(Candidate candidate) {
    String token = candidate.secret();
    if (!token.startsWith("pypi-") || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    byte[] macaroon;
    try {
      macaroon = Base64.getUrlDecoder().decode(token.substring("pypi-".length()).replace("=", ""));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    Optional<List<String>> caveats = caveats(macaroon);
    return caveats.flatMap(PypiMacaroonClassifier::judge);
  }

  private static Optional<ScopeVerdict> judge(List<String> caveats) {
    List<String> projects = new ArrayList<>();
    boolean accountWide = false;
    boolean trustedPublisher = false;
    for (String caveat : caveats) {
      JsonNode node;
      try {
        node = JsonTrees.mapper().readTree(caveat);
      } catch (IOException notJson) {
        continue;
      }
      if (node == null) {
        continue;
      }
      if (node.isObject()) {
        JsonNode permissions = node.path("permissions");
        if (permissions.isTextual() && permissions.asText().equals("user")) {
          accountWide = true;
        } else if (permissions.path("projects").isArray()) {
          permissions.path("projects").forEach(name -> projects.add(name.asText()));
        }
      } else if (node.isArray() && node.size() >= 2 && node.get(0).isInt()) {
        switch (node.get(0).asInt()) {
          case TAG_PROJECT_NAME -> node.get(1).forEach(name -> projects.add(name.asText()));
          case TAG_PROJECT_ID -> node.get(1).forEach(id -> projects.add("id " + id.asText()));
          case TAG_REQUEST_USER -> accountWide = true;
          case TAG_TRUSTED_PUBLISHER -> trustedPublisher = true;
          default -> { }
        }
      }
    }
    if (!projects.isEmpty()) {
      return Optional.of(new ScopeVerdict(Scope.SCOPED, Environment.UNKNOWN,
          "macaroon caveat limits uploads to project " + String.join(", ", projects)));
    }
    if (trustedPublisher) {
      return Optional.of(new ScopeVerdict(Scope.SCOPED, Environment.UNKNOWN,
          "macaroon carries a trusted-publisher caveat: short-lived and bound to the publisher's projects"));
    }
    if (accountWide) {
      return Optional.of(new ScopeVerdict(Scope.BROAD, Environment.UNKNOWN,
          "macaroon has no project caveat (\"Entire account\"): uploads releases to every project of the account"));
    }
    return Optional.empty();
  }

  /** The caveat identifiers of a v2 macaroon, or empty when the bytes are not one. */
  static Optional<List<String>> caveats(byte[] bytes) {
    if (bytes.length < 2 || bytes[0] != 2) {
      return Optional.empty();
    }
    int[] at = {1};
    // Header: location, identifier, end-of-section.
    if (!skipSection(bytes, at, null)) {
      return Optional.empty();
    }
    List<String> caveats = new ArrayList<>();
    while (at[0] < bytes.length && bytes[at[0]] != FIELD_END) {
      if (!skipSection(bytes, at, caveats)) {
        return Optional.empty();
      }
    }
    return Optional.of(caveats);
  }

  /** Reads fields up to and including an end-of-section marker, keeping identifier fields when asked. */
  private static boolean skipSection(byte[] bytes, int[] at, List<String> identifiers) {
    while (at[0] < bytes.length) {
      int type = bytes[at[0]++] & 0xff;
      if (type == FIELD_END) {
        return true;
      }
      long length = varint(bytes, at);
      if (length < 0 || at[0] + length > bytes.length) {
        return false;
      }
      if (type == FIELD_IDENTIFIER && identifiers != null) {
        identifiers.add(new String(bytes, at[0], (int) length, StandardCharsets.UTF_8));
      }
      at[0] += (int) length;
    }
    return false;
  }

  private static long varint(byte[] bytes, int[] at) {
    long value = 0;
    for (int shift = 0; shift < 35 && at[0] < bytes.length; shift += 7) {
      int b = bytes[at[0]++] & 0xff;
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    return -1;
  }
}
