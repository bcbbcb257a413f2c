package dev.overscope.detectors.scope;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.scope.ScopeVerdict;
import dev.overscope.detectors.agents.mcp.CredentialNames;
import java.util.Optional;

/**
 * The scope a well-known variable name signals ({@code SUPABASE_ACCESS_TOKEN} is a management token for every
 * project, {@code RAILWAY_API_TOKEN} an account token), from the taxonomy in {@code credential-names.yaml}: for
 * generic rules, which know the value is a secret but not whose.
 */
public final class CredentialNameClassifier implements ScopeClassifier {

  @Override
  public String name() {
    return "credential-name";
  }

  @Override
  public Optional<ScopeVerdict> classify(Candidate candidate) {
    String name = VariableNameClassifier.identifierBefore(Surroundings.lineBeforeSecret(candidate));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return CredentialNames.builtin().verdictFor(name).map(verdict -> new ScopeVerdict(verdict.scope(),
        verdict.environment(), verdict.evidence() + " (scope read from the name " + name + ")"));
  }
}
