package dev.overscope.core.scan;

import dev.overscope.core.source.Notice;
import java.time.Duration;
import java.util.Map;

/**
 * What a scan covered.
 *
 * @param blobsScanned unique contents scanned
 * @param bytesScanned bytes of those contents
 * @param skipped how many paths were passed over, by reason
 */
public record ScanStats(long blobsScanned, long bytesScanned, Map<Notice.Kind, Long> skipped, Duration duration) {
  public ScanStats {
    skipped = Map.copyOf(skipped);
  }

  public long skippedCount() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }
}
