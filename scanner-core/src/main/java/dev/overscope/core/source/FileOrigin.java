package dev.overscope.core.source;

import java.util.Objects;

/** A file in the working tree. */
public record FileOrigin(String path, Tracking tracking) implements Origin {
  public FileOrigin {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(tracking, "tracking");
  }
}
