package dev.overscope.core.source;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Reads history blobs on several threads while the walk goes on ({@link ReadPool}): inflating and resolving deltas
 * costs as much CPU as scanning, so the walk only finds blob ids and hands them over. JGit object readers are
 * single-threaded: each thread has its own.
 */
final class BlobReaders implements AutoCloseable {
  private final Repository repository;
  private final BlobVisitor visitor;
  private final long maxFileSize;
  private final GitBlobReader.Losses losses = new GitBlobReader.Losses();
  private final List<ObjectReader> opened = new ArrayList<>();
  private final ThreadLocal<GitBlobReader> perThread = ThreadLocal.withInitial(this::newReader);
  private final ReadPool pool;

  BlobReaders(Repository repository, BlobVisitor visitor, long maxFileSize, int threads) {
    this.repository = repository;
    this.visitor = visitor;
    this.maxFileSize = maxFileSize;
    this.pool = new ReadPool(threads, "overscope-git-read");
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
    pool.submit(() -> perThread.get().offer(id, origin));
  }

  /** Waits until every offered blob was read, then reports what could not be. */
  void finish() throws InterruptedException {
    pool.finish();
    losses.report(visitor);
  }

  @Override
  public void close() {
    pool.close();
    synchronized (opened) {
      opened.forEach(ObjectReader::close);
    }
    perThread.remove(); // the walk thread's own reader
  }
}
