package dev.overscope.core.scan;

import dev.overscope.core.engine.ByteText;
import dev.overscope.core.engine.Detection;
import dev.overscope.core.engine.Engine;
import dev.overscope.core.engine.SourceAnalyzer;
import dev.overscope.core.source.Blob;
import dev.overscope.core.source.BlobVisitor;
import dev.overscope.core.source.FileOrigin;
import dev.overscope.core.source.Notice;
import dev.overscope.core.source.Origin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Takes blobs from sources and scans each unique one once, in parallel, with a bounded queue: memory is bounded by
 * (threads x queue depth x file size limit), never by repository size. Clean blobs keep no origins. Once the deadline
 * passes it wants no more blobs; those already read are still scanned (at most the queue's few).
 */
final class BlobCollector implements BlobVisitor, AutoCloseable {
  private static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;
  private final Engine engine;
  private final List<SourceAnalyzer> analyzers;
  private final ThreadPoolExecutor workers;
  private final Map<String, BlobRecord> records = new ConcurrentHashMap<>();
  private final Collection<Notice> notices = new ConcurrentLinkedQueue<>();
  private final Map<Notice.Kind, AtomicLong> skipped = new EnumMap<>(Notice.Kind.class);
  private final AtomicLong blobsScanned = new AtomicLong();
  private final AtomicLong bytesScanned = new AtomicLong();
  private final ScanProgress progress;
  private final AtomicLong blobsFound = new AtomicLong();
  private final AtomicLong lastProgressNanos = new AtomicLong(System.nanoTime());
  private final Deadline deadline;
  /** Set while a {@link #read} task runs on this thread, so that what it reads is scanned where it is. */
  private final ThreadLocal<Boolean> inRead = new ThreadLocal<>();
  private final Collection<String> workingTreeFiles = new ConcurrentLinkedQueue<>();

  BlobCollector(Engine engine, List<SourceAnalyzer> analyzers, int threads, ScanProgress progress,
      Deadline deadline) {
    this.engine = engine;
    this.progress = progress;
    this.deadline = deadline;
    this.analyzers = List.copyOf(analyzers);
    // Caller-runs gives back-pressure: when the queue is full the source thread scans, and stops reading ahead.
    this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(threads * 4), daemonThreads(), new ThreadPoolExecutor.CallerRunsPolicy());
    for (Notice.Kind kind : Notice.Kind.values()) {
      skipped.put(kind, new AtomicLong());
    }
  }

  /**
   * Runs a source's read on a scanning thread, where the blob it reads is then scanned too: one hand-over per file
   * instead of two (reading thread, then scanning thread), and no walking thread left reading while both scanners
   * wait, as it did on the Linux sources.
   */
  @Override
  public void read(Runnable read) {
    workers.execute(() -> {
      inRead.set(Boolean.TRUE);
      try {
        read.run();
      } catch (RuntimeException e) {
        // Sources report their own read errors; anything else is one notice, never a stack trace from the pool.
        notice(new Notice("", Notice.Kind.UNREADABLE, "a file could not be read: " + e.getClass().getSimpleName()));
      } finally {
        inRead.remove();
      }
    });
  }

  @Override
  public void visit(Blob blob, Origin origin) {
    listed(origin);
    BlobRecord fresh = new BlobRecord(blob.id());
    BlobRecord record = records.putIfAbsent(blob.id(), fresh);
    if (record == null) {
      fresh.addOrigin(origin);
      // Parsers (JavaParser: ~1 MB/s) read working-tree and home files only; history blobs get the regex engine
      // (~100 MB/s), or an old repository's every version of every Java file would cost minutes.
      String analyzedPath = origin instanceof dev.overscope.core.source.CommitOrigin ? null : origin.path();
      if (inRead.get() != null) {
        scan(fresh, blob, analyzedPath); // already on a scanning thread (or the source's, under back-pressure)
      } else {
        workers.execute(() -> scan(fresh, blob, analyzedPath));
      }
      blobsFound.incrementAndGet();
      reportProgress(false);
    } else {
      record.addOrigin(origin);
    }
  }

  @Override
  public boolean revisit(String blobId, Origin origin) {
    listed(origin);
    BlobRecord record = records.get(blobId);
    if (record == null) {
      return false;
    }
    record.addOrigin(origin);
    return true;
  }

  private void listed(Origin origin) {
    if (origin instanceof FileOrigin) {
      workingTreeFiles.add(origin.path());
    }
  }

  /** The working-tree files read, in no particular order: the agent surface is read off them. */
  List<String> workingTreeFiles() {
    return List.copyOf(workingTreeFiles);
  }

  /** Tells the progress listener, at most about four times a second unless {@code now}. */
  void reportProgress(boolean now) {
    long time = System.nanoTime();
    long last = lastProgressNanos.get();
    if (now || (time - last > PROGRESS_INTERVAL_NANOS && lastProgressNanos.compareAndSet(last, time))) {
      progress.update(blobsFound.get(), blobsScanned.get());
    }
  }

  @Override
  public boolean wantsMore() {
    return !deadline.passedNow();
  }

  @Override
  public void notice(Notice notice) {
    notices.add(notice);
    skipped.get(notice.kind()).incrementAndGet();
  }

  private void scan(BlobRecord record, Blob blob, String path) {
    try {
      ByteText text = new ByteText(TextNormalizer.scannable(blob.content()));
      List<Detection> detections = engine.scan(text);
      record.complete(withAnalyzers(detections, text, path));
      blobsScanned.incrementAndGet();
      bytesScanned.addAndGet(blob.size());
    } catch (RuntimeException | StackOverflowError e) {
      // One pathological blob must not sink the scan: report it and go on with the rest.
      record.complete(List.of());
      String where = record.firstPath();
      notice(new Notice(where, Notice.Kind.UNREADABLE, "could not be scanned: " + e.getClass().getSimpleName()));
    }
  }

  /** Adds what parsers find beyond the regexes; a secret the engine already found is not reported twice. */
  private List<Detection> withAnalyzers(List<Detection> detections, ByteText text, String path) {
    if (path == null) {
      return detections;
    }
    List<Detection> all = null;
    for (SourceAnalyzer analyzer : analyzers) {
      if (!analyzer.appliesTo(path)) {
        continue;
      }
      if (all == null) {
        all = new ArrayList<>(detections);
      }
      for (Detection extra : analyzer.analyze(new SourceAnalyzer.AnalysisInput(path, text, engine))) {
        boolean known = all.stream().anyMatch(found -> found.secret().equals(extra.secret()));
        if (!known) {
          all.add(extra);
        }
      }
    }
    return all == null ? detections : all;
  }

  /** Waits for every submitted blob. */
  void finish() throws InterruptedException {
    workers.shutdown();
    while (!workers.awaitTermination(250, TimeUnit.MILLISECONDS)) {
      reportProgress(true); // the pool is bounded and every task terminates
    }
    reportProgress(true);
  }

  /** The record of a blob, if it was seen. */
  java.util.Optional<BlobRecord> record(String blobId) {
    return java.util.Optional.ofNullable(records.get(blobId));
  }

  /** Records of blobs that held at least one detection. */
  List<BlobRecord> matchedBlobs() {
    List<BlobRecord> matched = new ArrayList<>();
    for (BlobRecord record : records.values()) {
      if (!record.detections().isEmpty()) {
        matched.add(record);
      }
    }
    return matched;
  }

  List<Notice> notices() {
    return List.copyOf(notices);
  }

  Map<Notice.Kind, Long> skippedCounts() {
    Map<Notice.Kind, Long> counts = new EnumMap<>(Notice.Kind.class);
    skipped.forEach((kind, count) -> {
      if (count.get() > 0) {
        counts.put(kind, count.get());
      }
    });
    return counts;
  }

  long blobsScanned() {
    return blobsScanned.get();
  }

  long bytesScanned() {
    return bytesScanned.get();
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicLong counter = new AtomicLong();
    return runnable -> {
      Thread thread = new Thread(runnable, "overscope-scan-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
