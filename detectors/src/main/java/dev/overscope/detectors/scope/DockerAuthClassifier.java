package dev.overscope.detectors.scope;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a Docker {@code config.json} {@code auth} value, base64 of {@code user:secret}. A {@code dckr_pat_} secret
 * is a personal access token (its read/write/delete level is not visible offline), {@code dckr_oat_} an organisation
 * token bound to chosen repositories, another provider's token prefix that provider's token; anything else is the
 * account password, which controls the whole account.
 */
public final class DockerAuthClassifier implements ScopeClassifier {
  private static final List<String> OTHER_PROVIDER_PREFIXES =
      List.of("ghp_", "gho_", "ghs_", "github_pat_", "glpat-", "gldt-", "ya29.", "AKCp", "cmVmdGtu");

  @Override
  public String name() {
    return "docker-auth";
  }

  @Override
  public Optional<ScopeVerdict> classify(Candidate candidate) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(candidate.secret()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0 || colon == decoded.length() - 1) {
      return Optional.empty();
    }
    String user = decoded.substring(0, colon);
    String secret = decoded.substring(colon + 1);
    if (secret.startsWith("dckr_pat_")) {
      return verdict(Scope.UNKNOWN, "auth decodes to user " + user + " with a dckr_pat_ personal access token;"
          + " its access level (read, write, delete) is not visible offline");
    }
    if (secret.startsWith("dckr_oat_")) {
      return verdict(Scope.SCOPED, "auth decodes to an organisation access token (dckr_oat_), limited to the"
          + " repositories chosen for it");
    }
    for (String prefix : OTHER_PROVIDER_PREFIXES) {
      if (secret.startsWith(prefix)) {
        return verdict(Scope.UNKNOWN, "auth decodes to user " + user + " with a " + prefix
            + " token of another provider; that token's own scope applies");
      }
    }
    return verdict(Scope.ROOT, "auth decodes to user " + user + " and a password rather than an access token:"
        + " the password controls the whole registry account");
  }

  private static Optional<ScopeVerdict> verdict(Scope scope, String evidence) {
    return Optional.of(new ScopeVerdict(scope, Environment.UNKNOWN, evidence));
  }
}
