package dev.overscope.report.sarif;

/**
 * GitHub code scanning's documented upload limits ("SARIF results exceed limit" and "SARIF file is too large" in
 * GitHub's docs). A log over a hard limit is rejected whole, so the writer stays under each and says what it left out.
 *
 * @param maxResults results per run (GitHub rejects more than 25,000; it displays the 5,000 most severe)
 * @param maxLocationsPerResult locations per result, the primary one and related ones together (1,000)
 * @param maxNotifications tool execution notifications kept before one "and N more" notification
 * @param maxCompressedBytes gzip-compressed size the results may fill; the rest of GitHub's 10 MB stays free for
 *     the tail of the log and the compressor's buffered output
 */
public record SarifLimits(int maxResults, int maxLocationsPerResult, int maxNotifications, long maxCompressedBytes) {
  /** GitHub's limits: 25,000 results, 1,000 locations, 10 MB gzip (of which 1 MB is kept in reserve). */
  public static final SarifLimits GITHUB = new SarifLimits(25_000, 1_000, 1_000, 9L * 1024 * 1024);

  public SarifLimits {
    if (maxResults < 1 || maxLocationsPerResult < 1 || maxNotifications < 1 || maxCompressedBytes < 1) {
      throw new IllegalArgumentException("SARIF limits must be positive");
    }
  }
}
