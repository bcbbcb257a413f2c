package dev.overscope.detectors.scope;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.Optional;

/**
 * An encrypted private key (PKCS#8 {@code ENCRYPTED}, legacy PEM {@code Proc-Type: 4,ENCRYPTED}) is useless without
 * its passphrase; an unencrypted one is whatever the key unlocks, which is not visible offline.
 */
public final class PrivateKeyEncryptionClassifier implements ScopeClassifier {
  @Override
  public String name() {
    return "private-key-encryption";
  }

  @Override
  public Optional<ScopeVerdict> classify(Candidate candidate) {
    String key = candidate.secret();
    if (key.contains("ENCRYPTED")) {
      return Optional.of(new ScopeVerdict(Scope.SCOPED, Environment.UNKNOWN,
          "the key is encrypted: it needs its passphrase before it unlocks anything"));
    }
    return Optional.empty();
  }
}
