package dev.overscope.detectors.java;

import com.github.javaparser.ast.Node;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A value computed from source text alone, and the expression that best locates it for a reader: the expression
 * itself when it combines parts, the initializer of the constant it names otherwise.
 *
 * @param text the value as characters (for {@link Kind#BYTES}, empty: see {@link #bytes()})
 * @param bytes the value as bytes, set only for {@link Kind#BYTES}
 * @param composite true when the value was assembled (concatenated, decoded, built from an array), so no single
 *     literal in the source shows it whole
 */
record FoldedValue(Kind kind, String text, byte[] bytes, Node origin, boolean composite) {

  /** What a folded expression evaluates to, as far as folding tracks types. */
  enum Kind { STRING, CHARS, BYTES, CHAR, NUMBER, BUILDER }

  static FoldedValue string(String text, Node origin, boolean composite) {
    return new FoldedValue(Kind.STRING, text, null, origin, composite);
  }

  static FoldedValue of(Kind kind, String text, Node origin) {
    return new FoldedValue(kind, text, null, origin, true);
  }

  static FoldedValue bytes(byte[] bytes, Node origin) {
    return new FoldedValue(Kind.BYTES, "", bytes, origin, true);
  }

  FoldedValue at(Node newOrigin, boolean isComposite) {
    return new FoldedValue(kind, text, bytes, newOrigin, isComposite);
  }

  /** True for values a credential can be: strings, char arrays, byte arrays. */
  boolean isCredentialCarrier() {
    return kind == Kind.STRING || kind == Kind.CHARS || kind == Kind.BYTES;
  }

  /** The value as text: byte arrays of printable ASCII read as such, other bytes as Base64 (how keys are shown). */
  String asText() {
    if (kind != Kind.BYTES) {
      return text;
    }
    for (byte b : bytes) {
      if (b < 0x20 || b > 0x7E) {
        return Base64.getEncoder().encodeToString(bytes);
      }
    }
    return new String(bytes, StandardCharsets.US_ASCII);
  }

  byte[] asBytes() {
    return kind == Kind.BYTES ? bytes : text.getBytes(StandardCharsets.UTF_8);
  }
}
