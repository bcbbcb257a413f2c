package dev.overscope.report.git;

import dev.overscope.core.source.CommitOrigin;
import dev.overscope.core.source.HomeOrigin;
import dev.overscope.core.source.Origin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The directory {@code %SRCROOT%} stands for, and how a finding's path becomes a URI relative to it. Inside a git
 * repository that is the repository's top directory, so that GitHub finds the file whatever subdirectory was
 * scanned; outside one it is the scanned directory.
 *
 * @param directory absolute directory that {@code %SRCROOT%} names
 * @param prefix path of the scanned root below {@code directory}, empty or ending in '/'
 * @param singleFile the scanned file's name when the scan was of one file (its paths are then empty)
 */
public record SourceRoot(Path directory, String prefix, Optional<String> singleFile) {
  public static final String SRCROOT = "%SRCROOT%";

  public static SourceRoot of(Path scannedRoot, Optional<RepositoryInfo> repository) {
    Path root = real(scannedRoot);
    Optional<String> singleFile = Optional.empty();
    Path directory = root;
    if (Files.isRegularFile(root) && root.getParent() != null) {
      singleFile = Optional.of(root.getFileName().toString());
      directory = root.getParent();
    }
    if (repository.isPresent()) {
      Path workTree = real(repository.get().workTree());
      if (directory.startsWith(workTree)) {
        String below = workTree.relativize(directory).toString().replace('\\', '/');
        return new SourceRoot(workTree, below.isEmpty() ? "" : below + "/", singleFile);
      }
    }
    return new SourceRoot(directory, "", singleFile);
  }

  /** Where {@code origin} sits, relative to {@link #directory()}: commit paths already are. */
  public String relativePath(Origin origin) {
    if (origin instanceof CommitOrigin) {
      return origin.path();
    }
    if (origin instanceof HomeOrigin) {
      // A home audit's root is the home directory: ~/x sits at x below it.
      return prefix + origin.path().replaceFirst("^~/", "");
    }
    String path = origin.path().isEmpty() ? singleFile.orElse("") : origin.path();
    return prefix + path;
  }

  public String uri(Origin origin) {
    return encode(relativePath(origin));
  }

  /** The base as SARIF's originalUriBaseIds wants it: an absolute file URI ending in '/'. */
  public String directoryUri() {
    String uri = directory.toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  /** A relative URI reference with every character outside the unreserved set and '/' percent-encoded. */
  public static String encode(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '/' || c == '-' || c == '.' || c == '_' || c == '~';
      out.append(safe ? String.valueOf((char) c) : String.format("%%%02X", c));
    }
    return out.toString();
  }

  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      return absolute;
    }
  }
}
