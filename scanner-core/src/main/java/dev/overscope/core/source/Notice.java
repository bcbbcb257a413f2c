package dev.overscope.core.source;

import java.util.Objects;

/**
 * Something a source passed over or could not read, said in one line. Never carries file content.
 *
 * @param path the path concerned, relative to the scanned root ("" for the source as a whole)
 * @param kind why it was passed over
 * @param message one human sentence
 */
public record Notice(String path, Kind kind, String message) {
  public Notice {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Why a path was not scanned, or what in it needs the user's attention. {@link #UNREADABLE}, {@link #SOURCE_ERROR},
   * {@link #HISTORY_INCOMPLETE} and {@link #TIME_BUDGET} mean lost coverage.
   */
  public enum Kind {
    BINARY("binary"),
    TOO_LARGE("too large"),
    SYMLINK("symbolic link (not followed)"),
    SPECIAL_FILE("not a regular file"),
    UNREADABLE("unreadable"),
    SOURCE_ERROR("source error"),
    /** An {@code overscope:allow} comment without a reason: it does not suppress, and the report says so. */
    ALLOW_WITHOUT_REASON("allow comment without a reason"),
    /** Part of the git history is not in the repository (shallow or partial clone, corrupt or missing objects). */
    HISTORY_INCOMPLETE("history incomplete"),
    /** The scan's time budget ran out before every source was read: the findings are partial. */
    TIME_BUDGET("time budget ran out"),
    /** Worth saying, not a loss: a bare repository, a repository without commits, a submodule not entered. */
    NOTE("note");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** True when the scan could not see content it meant to see. */
    public boolean lostCoverage() {
      return this == UNREADABLE || this == SOURCE_ERROR || this == HISTORY_INCOMPLETE || this == TIME_BUDGET;
    }
  }
}
