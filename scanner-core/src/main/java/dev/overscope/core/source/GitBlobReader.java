package dev.overscope.core.source;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * Hands one git blob to the visitor: only its new origin when the visitor already has the content (a file also in
 * the working tree), otherwise its bytes; over-size and binary blobs become notices, missing and unreadable ones are
 * counted so that a partial clone or a damaged pack costs one line, not one per object.
 */
final class GitBlobReader {
  private final ObjectReader reader;
  private final BlobVisitor visitor;
  private final long maxFileSize;
  private final Losses losses;

  GitBlobReader(ObjectReader reader, BlobVisitor visitor, long maxFileSize, Losses losses) {
    this.reader = reader;
    this.visitor = visitor;
    this.maxFileSize = maxFileSize;
    this.losses = losses;
  }

  void offer(AnyObjectId id, Origin origin) {
    if (!visitor.wantsMore()) {
      return; // out of time: blobs still queued are dropped, not read
    }
    String name = id.name();
    if (visitor.revisit(name, origin)) {
      return;
    }
    byte[] content;
    try {
      ObjectLoader loader = reader.open(id, Constants.OBJ_BLOB);
      long size = loader.getSize();
      if (size > maxFileSize) {
        visitor.notice(new Notice(origin.path(), Notice.Kind.TOO_LARGE,
            "larger than the " + maxFileSize + "-byte limit (" + size + " bytes), " + where(origin)));
        return;
      }
      // Read-only use: the cached array is never modified, so no copy is made.
      content = loader.getCachedBytes((int) maxFileSize);
    } catch (MissingObjectException e) {
      losses.missing.incrementAndGet();
      return;
    } catch (IOException | RuntimeException e) {
      losses.unreadable.incrementAndGet();
      losses.firstError.compareAndSet("", Messages.oneLine(e));
      return;
    }
    if (ContentSniffer.looksBinary(content)) {
      visitor.notice(new Notice(origin.path(), Notice.Kind.BINARY, "binary content, " + where(origin)));
    } else {
      visitor.visit(new Blob(name, content), origin);
    }
  }

  private static String where(Origin origin) {
    if (origin instanceof CommitOrigin commit && commit.inCommit()) {
      return "in history (commit " + commit.commit().substring(0, 12) + ")";
    }
    return origin instanceof CommitOrigin ? "in the object database" : "staged";
  }

  /** Blobs that could not be read, counted across every reader of one scan. */
  static final class Losses {
    private final AtomicLong missing = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>("");

    /** One notice for each kind of loss, or none. */
    void report(BlobVisitor visitor) {
      if (missing.get() > 0) {
        visitor.notice(new Notice("", Notice.Kind.HISTORY_INCOMPLETE, missing.get() + " blob(s) missing from the"
            + " object database (partial clone or damaged repository) were not scanned; the rest were"));
      }
      if (unreadable.get() > 0) {
        visitor.notice(new Notice("", Notice.Kind.HISTORY_INCOMPLETE, unreadable.get() + " blob(s) could not be"
            + " read (" + firstError.get() + "); the rest were scanned"));
      }
    }
  }
}
