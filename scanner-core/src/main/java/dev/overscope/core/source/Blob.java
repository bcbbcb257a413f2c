package dev.overscope.core.source;

import java.util.Objects;

/**
 * The unit scanned: content and its git object id (computed for working-tree files too), so that each unique
 * content is scanned once however many paths or commits hold it.
 */
public record Blob(String id, byte[] content) {
  public Blob {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
  }

  public int size() {
    return content.length;
  }
}
