package dev.overscope.detectors.scope;

import dev.overscope.core.engine.ByteText;
import dev.overscope.core.rule.Candidate;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A candidate whose whole text is the secret: what a classifier sees for a bare token. */
final class Candidates {
  private Candidates() {}

  static Candidate of(String secret) {
    ByteText text = new ByteText(secret.getBytes(StandardCharsets.ISO_8859_1));
    return new Candidate(null, secret, 0, secret.length(), 0, secret.length(), Map.of(), text);
  }
}
