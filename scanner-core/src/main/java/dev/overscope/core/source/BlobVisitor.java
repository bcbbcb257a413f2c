package dev.overscope.core.source;

/**
 * Receives what a source yields. A source may call it from several threads at once (history blobs are read in
 * parallel), so implementations are thread-safe.
 */
public interface BlobVisitor {

  /** A blob to scan and one place it was seen. The same blob id may arrive again with another origin. */
  void visit(Blob blob, Origin origin);

  /**
   * Another place of a blob whose id this visitor already has, without reading its content again; returns false
   * when the id is new, and the source then reads the content and calls {@link #visit}.
   */
  default boolean revisit(String blobId, Origin origin) {
    return false;
  }

  /**
   * Runs {@code read}, a source's reading of one blob that ends in {@link #visit} or {@link #notice}, now or on
   * another thread: a scanner runs it on a scanning thread, so that reading, hashing and scanning a file happen in
   * one place. Sources call it only with work that is safe on any thread.
   */
  default void read(Runnable read) {
    read.run();
  }

  /** A path that was passed over, with the reason. */
  void notice(Notice notice);

  /**
   * False once the visitor wants no more blobs (the scan's time budget ran out): a source asks before each blob it
   * would read and, told no, stops reading and returns normally, so what was found so far is still reported.
   */
  default boolean wantsMore() {
    return true;
  }
}
