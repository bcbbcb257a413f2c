package dev.overscope.core.source;

/** Where a blob was seen: a file in the working tree or a path in a commit. */
public sealed interface Origin permits FileOrigin, CommitOrigin {

  /** Path relative to the scanned root (or the repository root for commits), with forward slashes. */
  String path();
}
