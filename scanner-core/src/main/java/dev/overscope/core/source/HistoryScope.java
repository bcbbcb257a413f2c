package dev.overscope.core.source;

import java.util.Objects;
import java.util.Optional;

/**
 * Which part of the git history a scan reads.
 *
 * @param mode none, every ref, a range of commits, or the staged index
 * @param base in range mode, the revision whose history is already known: its commits and blobs are left out
 * @param tip in range mode, the revision scanned back from ({@code HEAD} when absent)
 * @param allObjects also read objects no ref reaches (dangling blobs left by rebases, resets, dropped stashes)
 */
public record HistoryScope(Mode mode, Optional<String> base, Optional<String> tip, boolean allObjects) {

  /** The part of the history to read. */
  public enum Mode {
    /** No history: the working tree only. */
    NONE,
    /** Every blob reachable from every ref, stash entry and detached HEAD. */
    ALL_REFS,
    /** Blobs added by commits reachable from the tip but not from the base ({@code base..tip}). */
    RANGE,
    /** What {@code git commit} would record now: index entries that differ from HEAD. */
    STAGED
  }

  public HistoryScope {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(tip, "tip");
    if (mode == Mode.RANGE && base.isEmpty()) {
      throw new IllegalArgumentException("a range needs a base revision");
    }
    if (mode != Mode.RANGE && (base.isPresent() || tip.isPresent())) {
      throw new IllegalArgumentException("only a range names revisions");
    }
    if (allObjects && mode != Mode.ALL_REFS) {
      throw new IllegalArgumentException("all objects can only be read together with every ref");
    }
  }

  public static HistoryScope none() {
    return new HistoryScope(Mode.NONE, Optional.empty(), Optional.empty(), false);
  }

  public static HistoryScope allRefs() {
    return new HistoryScope(Mode.ALL_REFS, Optional.empty(), Optional.empty(), false);
  }

  /** Commits reachable from HEAD but not from {@code base}: what a branch adds, for CI. */
  public static HistoryScope since(String base) {
    return new HistoryScope(Mode.RANGE, Optional.of(base), Optional.empty(), false);
  }

  public static HistoryScope range(String base, String tip) {
    return new HistoryScope(Mode.RANGE, Optional.of(base), Optional.of(tip), false);
  }

  /** Parses git's two-dot notation {@code A..B}; an empty side means HEAD, as in git. */
  public static HistoryScope parseRange(String text) {
    int dots = text.indexOf("..");
    if (dots < 0 || text.startsWith(".", dots + 2)) {
      throw new IllegalArgumentException("expected a range of the form A..B, got '" + text + "'");
    }
    String base = text.substring(0, dots).strip();
    String tip = text.substring(dots + 2).strip();
    return range(base.isEmpty() ? "HEAD" : base, tip.isEmpty() ? "HEAD" : tip);
  }

  public static HistoryScope staged() {
    return new HistoryScope(Mode.STAGED, Optional.empty(), Optional.empty(), false);
  }

  /** The same scope, also reading unreachable objects. */
  public HistoryScope withAllObjects() {
    return new HistoryScope(mode, base, tip, true);
  }

  public boolean enabled() {
    return mode != Mode.NONE;
  }

  /** The revision a range scans back from. */
  public String tipOrHead() {
    return tip.orElse("HEAD");
  }

  /** One line for reports: "git history (all refs)", "git history base..HEAD". */
  public String describe() {
    return switch (mode) {
      case NONE -> "no git history";
      case ALL_REFS -> allObjects ? "git history (all refs and unreachable objects)" : "git history (all refs)";
      case RANGE -> "git history " + base.orElseThrow() + ".." + tipOrHead();
      case STAGED -> "staged changes";
    };
  }
}
