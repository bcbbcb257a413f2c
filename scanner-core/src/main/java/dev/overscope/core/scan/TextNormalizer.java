package dev.overscope.core.scan;

import java.nio.charset.StandardCharsets;

/**
 * Makes content scannable as bytes: UTF-16 with a byte-order mark is re-encoded as UTF-8 (credentials in it would
 * otherwise hide behind NUL bytes); everything else is scanned as it is.
 */
final class TextNormalizer {
  private TextNormalizer() {}

  static byte[] scannable(byte[] content) {
    if (content.length >= 2 && content[0] == (byte) 0xFF && content[1] == (byte) 0xFE) {
      return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE).getBytes(StandardCharsets.UTF_8);
    }
    if (content.length >= 2 && content[0] == (byte) 0xFE && content[1] == (byte) 0xFF) {
      return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE).getBytes(StandardCharsets.UTF_8);
    }
    return content;
  }
}
