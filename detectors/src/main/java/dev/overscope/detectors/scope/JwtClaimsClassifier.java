package dev.overscope.detectors.scope;

import com.fasterxml.jackson.databind.JsonNode;
import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.Optional;

/**
 * Reads a JWT's claims: Supabase's {@code role} ({@code service_role} bypasses row-level security for the whole
 * project; {@code anon} is made for browsers), Kubernetes service-account subjects in {@code kube-system}.
 */
public final class JwtClaimsClassifier implements ScopeClassifier {
  @Override
  public String name() {
    return "jwt-claims";
  }

  @Override
  public Optional<ScopeVerdict> classify(Candidate candidate) {
    Optional<JsonNode> claims = JwtPayload.claims(candidate.secret());
    if (claims.isEmpty()) {
      return Optional.empty();
    }
    JsonNode node = claims.get();
    String role = node.path("role").asText("");
    String issuer = node.path("iss").asText("");
    String project = node.path("ref").asText("");
    String whose = issuer.equals("supabase") && !project.isEmpty() ? " of Supabase project " + project : "";
    if (role.equals("service_role")) {
      return Optional.of(new ScopeVerdict(Scope.ROOT, Environment.UNKNOWN,
          "JWT claim role=service_role" + whose + ": bypasses row-level security on every table"));
    }
    if (role.equals("anon")) {
      return Optional.of(new ScopeVerdict(Scope.PUBLIC, Environment.UNKNOWN,
          "JWT claim role=anon" + whose + ": the public key made to ship to browsers"));
    }
    String subject = node.path("sub").asText("");
    if (subject.startsWith("system:serviceaccount:kube-system:")) {
      return Optional.of(new ScopeVerdict(Scope.ROOT, Environment.UNKNOWN,
          "Kubernetes service-account token for " + subject + " in kube-system"));
    }
    if (!role.isEmpty()) {
      return Optional.of(new ScopeVerdict(Scope.UNKNOWN, Environment.UNKNOWN,
          "JWT claim role=" + role + ": its permissions are not visible offline"));
    }
    return Optional.empty();
  }
}
