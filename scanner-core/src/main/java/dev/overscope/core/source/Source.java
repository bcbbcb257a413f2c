package dev.overscope.core.source;

/** Yields blobs: the working tree, the git history, standard input. Knows nothing of rules or findings. */
public interface Source {

  /** One line naming what this source reads, for progress and reports. */
  String describe();

  /**
   * Feeds every blob to the visitor. Per-path problems become notices; an exception means the source as a whole
   * could not be read.
   */
  void read(BlobVisitor visitor) throws SourceException;
}
