package dev.overscope.core.source;

import java.time.Instant;
import java.util.Objects;

/**
 * A path inside a commit of the git history. For a finding it names the commit that introduced the content at this
 * path; {@code provenance} adds the refs that reach it and whether HEAD still holds it.
 *
 * @param commit full commit id; empty for an object no commit holds (see {@link #inCommit()})
 * @param author "Name &lt;email&gt;" of the commit's author; sources cut it with {@link #bounded}
 * @param time the author date
 * @param subject the first line of the commit message; sources cut it with {@link #bounded}
 */
public record CommitOrigin(
    String commit, String path, String author, Instant time, String subject, Provenance provenance)
    implements Origin {
  private static final String UNREACHABLE_SUBJECT = "unreachable object: no ref, stash or reflog points to it";
  /** A commit's author and subject are whatever its maker wrote: a 10 MB subject must not reach every report. */
  static final int MAX_TEXT = 200;
  private static final int UNBROKEN_PREFIX = 4;

  public CommitOrigin {
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(provenance, "provenance");
  }

  /**
   * An author or subject as a report may carry it: at most 200 characters, cut at a space so that a token pasted
   * there is never shown in part (a cut word is dropped whole; one unbroken word keeps its first 4 characters, as
   * much as a redacted secret shows). Full secrets the scan found are redacted later, when findings are assembled.
   */
  public static String bounded(String text) {
    if (text.length() <= MAX_TEXT) {
      return text;
    }
    int space = text.lastIndexOf(' ', MAX_TEXT);
    return (space > 0 ? text.substring(0, space) : text.substring(0, UNBROKEN_PREFIX)) + "…";
  }

  /** An origin whose provenance is not (yet) known. */
  public CommitOrigin(String commit, String path, String author, Instant time, String subject) {
    this(commit, path, author, time, subject, Provenance.unknown());
  }

  /** A blob left in the object database that no commit reaches: no commit, no path, only its id. */
  public static CommitOrigin unreachable(String blobId) {
    return new CommitOrigin("", "(unreachable blob " + blobId.substring(0, Math.min(12, blobId.length())) + ")", "",
        Instant.EPOCH, UNREACHABLE_SUBJECT, Provenance.unknown());
  }

  /** False for an object no commit holds: a dangling blob, or a blob a tag points at directly. */
  public boolean inCommit() {
    return !commit.isEmpty();
  }

  /** The same origin with its provenance resolved. */
  public CommitOrigin withProvenance(Provenance resolved) {
    return new CommitOrigin(commit, path, author, time, subject, resolved);
  }
}
