package dev.overscope.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes in, characters out to a {@link Writer}, a buffer at a time: lets a report stream to standard output
 * (a character stream here) without first becoming one large string.
 */
final class WriterOutputStream extends OutputStream {
  private final Writer writer;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);

  WriterOutputStream(Writer writer) {
    this.writer = writer;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] data, int offset, int length) throws IOException {
    int at = offset;
    int end = offset + length;
    while (at < end) {
      int n = Math.min(bytes.remaining(), end - at);
      bytes.put(data, at, n);
      at += n;
      decode(false);
    }
  }

  private void decode(boolean endOfInput) throws IOException {
    bytes.flip();
    CoderResult result;
    do {
      result = decoder.decode(bytes, chars, endOfInput);
      drain();
    } while (result.isOverflow());
    // An incomplete multi-byte sequence stays in the buffer for the next write.
    bytes.compact();
  }

  private void drain() throws IOException {
    chars.flip();
    writer.write(chars.array(), chars.position(), chars.remaining());
    chars.clear();
  }

  @Override
  public void flush() throws IOException {
    writer.flush();
  }

  /** Decodes what is left; leaves the writer open, since standard output is not ours to close. */
  @Override
  public void close() throws IOException {
    decode(true);
    decoder.flush(chars);
    drain();
    writer.flush();
  }
}
