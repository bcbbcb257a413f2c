package dev.overscope.core.source;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Reads history blobs on several threads while the walk goes on: inflating and resolving deltas costs as much CPU as
 * scanning, so the walk only finds blob ids and hands them over. JGit object readers are single-threaded: each
 * thread has its own. A bounded queue with caller-runs keeps memory flat (the walk thread reads when it is full).
 */
final class BlobReaders implements AutoCloseable {
  private final Repository repository;
  private final BlobVisitor visitor;
  private final long maxFileSize;
  private final GitBlobReader.Losses losses = new GitBlobReader.Losses();
  private final List<ObjectReader> opened = new ArrayList<>();
  private final ThreadLocal<GitBlobReader> perThread = ThreadLocal.withInitial(this::newReader);
  private final ThreadPoolExecutor pool;

  BlobReaders(Repository repository, BlobVisitor visitor, long maxFileSize, int threads) {
    this.repository = repository;
    this.visitor = visitor;
    this.maxFileSize = maxFileSize;
    this.pool = threads <= 1 ? null : new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(threads * 16), daemonThreads(), new ThreadPoolExecutor.CallerRunsPolicy());
  }

  private GitBlobReader newReader() {
    ObjectReader reader = repository.newObjectReader();
    synchronized (opened) {
      opened.add(reader);
    }
    return new GitBlobReader(reader, visitor, maxFileSize, losses);
  }

  /** Reads the blob (now or soon) and hands it to the visitor; {@code id} must not change afterwards. */
  void offer(ObjectId id, Origin origin) {
    if (pool == null) {
      perThread.get().offer(id, origin);
    } else {
      pool.execute(() -> perThread.get().offer(id, origin));
    }
  }

  /** Waits until every offered blob was read, then reports what could not be. */
  void finish() throws InterruptedException {
    if (pool != null) {
      pool.shutdown();
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // every task ends: reads are bounded by the size limit
      }
    }
    losses.report(visitor);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
    synchronized (opened) {
      opened.forEach(ObjectReader::close);
    }
    perThread.remove(); // the walk thread's own reader
  }

  private static ThreadFactory daemonThreads() {
    AtomicLong counter = new AtomicLong();
    return runnable -> {
      Thread thread = new Thread(runnable, "overscope-git-read-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
