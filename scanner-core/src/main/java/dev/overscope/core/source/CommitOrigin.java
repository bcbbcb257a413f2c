package dev.overscope.core.source;

import java.time.Instant;
import java.util.Objects;

/** A path inside a commit of the git history. */
public record CommitOrigin(String commit, String path, String author, Instant time, String subject)
    implements Origin {
  public CommitOrigin {
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(subject, "subject");
  }
}
