package dev.overscope.core.source;

/** Where a blob was seen: a file in the working tree, a path in a commit, or a file in the user's home. */
public sealed interface Origin permits FileOrigin, CommitOrigin, HomeOrigin {

  /** Path relative to the scanned root (or the repository root for commits), with forward slashes. */
  String path();
}
