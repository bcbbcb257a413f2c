package dev.overscope.report.sarif;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;

/**
 * Passes bytes through and measures how large they would be gzip-compressed, the size GitHub's upload limit is
 * about. The count lags the input by what the compressor holds back (tens of kilobytes), which the limit's reserve
 * covers.
 */
final class CompressedSizeMeter extends FilterOutputStream {
  private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
  private final byte[] sink = new byte[64 * 1024];
  private long compressed;

  CompressedSizeMeter(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    out.write(bytes, offset, length);
    deflater.setInput(bytes, offset, length);
    while (!deflater.needsInput()) {
      compressed += deflater.deflate(sink, 0, sink.length, Deflater.NO_FLUSH);
    }
  }

  long compressedBytes() {
    return compressed;
  }

  /** Ends the measurement; the stream below stays open (it belongs to the caller). */
  void finish() throws IOException {
    deflater.end();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    finish();
  }
}
