package dev.overscope.core.source;

import org.eclipse.jgit.storage.file.WindowCacheConfig;

/**
 * Sizes JGit's pack cache for reading a whole history once. Its defaults (10 MB of 8 KB windows, a 10 MB delta base
 * cache) suit a server serving many repositories; reading every blob of one pack with them spends more time evicting
 * and re-reading windows than inflating. The cache is JVM-wide, so it is set once and only ever raised; the windows
 * are memory-mapped (address space, not heap).
 */
final class PackCache {
  private static final long MB = 1024L * 1024;
  private static boolean installed;

  private PackCache() {}

  static synchronized void sizeForHistoryScans() {
    if (installed) {
      return;
    }
    long heap = Runtime.getRuntime().maxMemory();
    WindowCacheConfig config = new WindowCacheConfig();
    // Memory-mapped windows live outside the heap: caching a whole pack costs no garbage-collection copying.
    config.setPackedGitMMAP(true);
    config.setPackedGitLimit(Math.max(config.getPackedGitLimit(), 512 * MB));
    config.setPackedGitWindowSize(Math.max(config.getPackedGitWindowSize(), 1024 * 1024));
    config.setDeltaBaseCacheLimit((int) Math.max(config.getDeltaBaseCacheLimit(), Math.min(32 * MB, heap / 16)));
    config.setExposeStatsViaJmx(false);
    config.install();
    installed = true;
  }
}
