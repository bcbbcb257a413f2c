package dev.overscope.core.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A blob's bytes seen as characters one-to-one (ISO-8859-1), so the prefilter and the regexes run over the raw bytes
 * without decoding whole files. Credentials are ASCII, so this view finds them in UTF-8 and Latin-1 text alike;
 * positions are converted to real line and column numbers only for matches.
 */
public final class ByteText implements CharSequence {
  private final byte[] bytes;
  private final int from;
  private final int to;
  private int[] lineStarts;

  public ByteText(byte[] bytes) {
    this(bytes, 0, bytes.length);
  }

  private ByteText(byte[] bytes, int from, int to) {
    this.bytes = bytes;
    this.from = from;
    this.to = to;
  }

  /** The underlying bytes; offsets of this text index into them directly only for a whole-blob text. */
  byte[] bytes() {
    return bytes;
  }

  @Override
  public int length() {
    return to - from;
  }

  @Override
  public char charAt(int index) {
    return (char) (bytes[from + index] & 0xFF);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    if (start < 0 || end > length() || start > end) {
      throw new IndexOutOfBoundsException(start + ".." + end + " of " + length());
    }
    return new ByteText(bytes, from + start, from + end);
  }

  /** The text as a String, decoding UTF-8 so that non-ASCII context reads correctly. */
  @Override
  public String toString() {
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  /**
   * The line holding {@code offset}, without its terminator, cut to at most {@code reach} characters either side of
   * the offset: a minified file or a 100 MB line must not become a 100 MB string per match.
   */
  public String lineAround(int offset, int reach) {
    int line = lineIndex(offset);
    int start = Math.max(lineStarts()[line], offset - reach);
    int end = lineEnd(lineStarts()[line], offset + reach);
    return subSequence(start, Math.max(start, end)).toString();
  }

  /**
   * The end of the line before the one holding {@code offset} (at most {@code reach} characters), without its
   * terminator; "" on the first line.
   */
  public String lineBefore(int offset, int reach) {
    int line = lineIndex(offset);
    if (line == 0) {
      return "";
    }
    int start = lineStarts()[line - 1];
    int end = lineEnd(start, lineStarts()[line]);
    return subSequence(Math.max(start, end - reach), end).toString();
  }

  /**
   * 1-based line and column of an offset. Columns count UTF-16 code units of the decoded line, the unit SARIF and
   * editors use by default.
   */
  public TextPosition position(int offset) {
    int line = lineIndex(offset);
    int start = lineStarts()[line];
    return new TextPosition(line + 1, utf16Units(from + start, from + offset) + 1);
  }

  /**
   * UTF-16 code units of the UTF-8 bytes in {@code [begin, end)}, counted without decoding: every byte that is not a
   * continuation byte starts a character, and 4-byte sequences are surrogate pairs.
   */
  private int utf16Units(int begin, int end) {
    int units = 0;
    for (int i = begin; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        units += b >= 0xF0 ? 2 : 1;
      }
    }
    return units;
  }

  private int lineEnd(int start, int limit) {
    int end = start;
    int stop = Math.min(length(), limit);
    while (end < stop && charAt(end) != '\n') {
      end++;
    }
    if (end > start && charAt(end - 1) == '\r') {
      end--;
    }
    return end;
  }

  private int lineIndex(int offset) {
    int[] starts = lineStarts();
    int index = Arrays.binarySearch(starts, offset);
    return index >= 0 ? index : -index - 2;
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      int count = 1;
      for (int i = from; i < to; i++) {
        if (bytes[i] == '\n') {
          count++;
        }
      }
      int[] starts = new int[count];
      int next = 1;
      for (int i = from; i < to; i++) {
        if (bytes[i] == '\n') {
          starts[next++] = i - from + 1;
        }
      }
      lineStarts = starts;
    }
    return lineStarts;
  }
}
