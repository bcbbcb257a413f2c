package dev.overscope.core.source;

import java.util.Objects;

/**
 * A file in the user's home directory, read on request (a home audit), never by walking the home.
 *
 * @param path the file written from the home directory, {@code ~/.railway/config.json}
 */
public record HomeOrigin(String path) implements Origin {
  public HomeOrigin {
    Objects.requireNonNull(path, "path");
  }
}
