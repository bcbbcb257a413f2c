package dev.overscope.detectors.scope;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes a Fly.io macaroon ({@code fm2_} + base64 MessagePack, several joined by commas after {@code FlyV1}) and
 * reads its caveats (superfly/macaroon {@code caveat.go}): an Apps caveat (type 3) binds it to chosen apps, an
 * Organization caveat (type 0) with every action allowed and nothing narrower is an organisation token, read-only
 * action masks make it read-only. Third-party discharge tokens (location {@code auth.fly.io}) are skipped.
 */
public final class FlyMacaroonClassifier implements ScopeClassifier {
  private static final long ORGANIZATION = 0;
  private static final long APPS = 3;
  /** Caveats that narrow a token to some resources: volumes, apps, machines, clusters. */
  private static final Set<Long> RESOURCE_CAVEATS = Set.of(2L, APPS, 7L, 16L);
  private static final long READ = 1;
  private static final long ALL_ACTIONS = 0x1f;

  @Override
  public String name() {
    return "fly-macaroon";
  }

  @Override
  public Optional<ScopeVerdict> classify(Candidate candidate) {
    for (String part : candidate.secret().split("[,\\s]+")) {
      int underscore = part.indexOf('_');
      if (!part.startsWith("fm2_") || underscore < 0) {
        continue;
      }
      Optional<List<Object>> macaroon = decode(part.substring(underscore + 1));
      if (macaroon.isEmpty() || macaroon.get().size() < 3) {
        continue;
      }
      String location = String.valueOf(macaroon.get().get(1));
      if (location.contains("auth.fly.io")) {
        continue;
      }
      if (macaroon.get().get(2) instanceof List<?> caveats) {
        return Optional.of(judge(caveats));
      }
    }
    return Optional.empty();
  }

  private static ScopeVerdict judge(List<?> flat) {
    if (flat.isEmpty()) {
      return verdict(Scope.ROOT, "macaroon has no caveats, which makes it all-powerful");
    }
    List<Long> types = new ArrayList<>();
    Long orgMask = null;
    Object orgId = null;
    List<Long> appMasks = new ArrayList<>();
    for (int i = 0; i + 1 < flat.size(); i += 2) {
      if (!(flat.get(i) instanceof Long type)) {
        continue;
      }
      types.add(type);
      Object body = flat.get(i + 1);
      if (type == ORGANIZATION && body instanceof List<?> fields && fields.size() >= 2
          && fields.get(1) instanceof Long mask) {
        orgId = fields.get(0);
        orgMask = mask;
      } else if (type == APPS && body instanceof List<?> fields && !fields.isEmpty()
          && fields.get(0) instanceof Map<?, ?> apps) {
        for (Object mask : apps.values()) {
          appMasks.add(mask instanceof Long m ? m : ALL_ACTIONS);
        }
      }
    }
    if (!appMasks.isEmpty()) {
      boolean readOnly = appMasks.stream().allMatch(mask -> (mask & ~READ) == 0);
      return verdict(readOnly ? Scope.READ_ONLY : Scope.SCOPED, "macaroon Apps caveat limits it to "
          + appMasks.size() + " app(s)" + (readOnly ? " with read access only" : ""));
    }
    if (orgMask != null && (orgMask & ~READ & 0xffff) == 0) {
      return verdict(Scope.READ_ONLY, "macaroon Organization caveat for org " + orgId + " allows read only");
    }
    if (types.stream().anyMatch(RESOURCE_CAVEATS::contains)) {
      return verdict(Scope.SCOPED, "macaroon carries resource caveats (types " + types
          + ") that narrow it below the organisation");
    }
    if (orgMask != null && (orgMask & ALL_ACTIONS) == ALL_ACTIONS) {
      return verdict(Scope.ROOT, "macaroon Organization caveat for org " + orgId
          + " allows every action and no Apps caveat narrows it: an organisation token");
    }
    if (orgMask != null) {
      return verdict(Scope.SCOPED, "macaroon Organization caveat for org " + orgId
          + " allows only some actions (mask " + orgMask + ")");
    }
    return verdict(Scope.UNKNOWN, "macaroon caveats (types " + types + ") do not name an organisation or apps");
  }

  @SuppressWarnings("unchecked")
  private static Optional<List<Object>> decode(String base64) {
    try {
      Object value = MsgpackReader.read(Base64.getDecoder().decode(base64));
      return value instanceof List<?> list ? Optional.of((List<Object>) list) : Optional.empty();
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private static ScopeVerdict verdict(Scope scope, String evidence) {
    return new ScopeVerdict(scope, Environment.UNKNOWN, evidence);
  }
}
