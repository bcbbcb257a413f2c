package dev.overscope.core.source;

/** Receives what a source yields, in the source's own thread. */
public interface BlobVisitor {

  /** A blob to scan and one place it was seen. The same blob id may arrive again with another origin. */
  void visit(Blob blob, Origin origin);

  /** A path that was passed over, with the reason. */
  void notice(Notice notice);
}
