package dev.overscope.core.source;

import java.util.Objects;

/**
 * The unit scanned: content and its key. The key is the git object id (computed for working-tree files too when
 * history is scanned), so that each unique content is scanned once however many paths or commits hold it; a scan
 * without history keys working-tree files by path ({@code path:...}) and hashes nothing.
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
