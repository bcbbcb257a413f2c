package dev.overscope.core.source;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Threads that read content for a source while its walk goes on (reading, inflating, hashing cost as much CPU as
 * scanning). A bounded queue with caller-runs keeps memory flat: when it is full the walking thread reads too. With
 * one thread, everything runs on the caller, in order.
 */
final class ReadPool implements AutoCloseable {
  private final ThreadPoolExecutor pool;

  ReadPool(int threads, String name) {
    this.pool = threads <= 1 ? null : new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(threads * 16), daemonThreads(name), new ThreadPoolExecutor.CallerRunsPolicy());
  }

  /** Runs the read now or soon, on a pool thread or the caller's. */
  void submit(Runnable read) {
    if (pool == null) {
      read.run();
    } else {
      pool.execute(read);
    }
  }

  /** Waits until every submitted read has run. */
  void finish() throws InterruptedException {
    if (pool != null) {
      pool.shutdown();
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // every read ends: reads are bounded by the size limit
      }
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicLong counter = new AtomicLong();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
