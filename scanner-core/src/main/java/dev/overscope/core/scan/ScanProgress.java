package dev.overscope.core.scan;

/**
 * Told how a long scan advances, a few times a second from a thread reading sources; the CLI prints it, the core
 * never does. Implementations must be quick and must not throw.
 */
@FunctionalInterface
public interface ScanProgress {
  /** Ignores every update. */
  ScanProgress NONE = (found, scanned) -> {};

  /**
   * @param blobsFound unique contents found so far (working-tree files and history blobs)
   * @param blobsScanned how many of them the engine has scanned
   */
  void update(long blobsFound, long blobsScanned);
}
