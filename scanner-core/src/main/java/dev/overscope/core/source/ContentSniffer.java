package dev.overscope.core.source;

/** Tells text from binary the way git does: a NUL byte in the first 8000 bytes means binary. */
public final class ContentSniffer {
  private static final int SNIFF_LENGTH = 8000;

  private ContentSniffer() {}

  public static boolean looksBinary(byte[] content) {
    if (hasUtf16ByteOrderMark(content)) {
      return false;
    }
    int end = Math.min(content.length, SNIFF_LENGTH);
    for (int i = 0; i < end; i++) {
      if (content[i] == 0) {
        return true;
      }
    }
    return false;
  }

  static boolean hasUtf16ByteOrderMark(byte[] content) {
    return content.length >= 2
        && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
            || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF));
  }
}
