package dev.overscope.detectors.home;

import dev.overscope.core.source.GitBlobId;
import dev.overscope.core.source.Blob;
import dev.overscope.core.source.BlobVisitor;
import dev.overscope.core.source.HomeOrigin;
import dev.overscope.core.source.Notice;
import dev.overscope.core.source.Source;
import dev.overscope.core.source.SourceException;
import dev.overscope.detectors.agents.AgentProfile;
import dev.overscope.detectors.agents.AgentProfiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The known credential stores and agent files of a home directory, and nothing else: a fixed list of paths
 * ({@code home-stores.yaml} and the agents' {@code home} entries), never a walk of the home. Each blob's origin is a
 * {@link HomeOrigin} ({@code ~/.railway/config.json}), which the scan gives reach home.
 */
public final class HomeCredentialSource implements Source {
  static final long MAX_FILE_SIZE = 8L * 1024 * 1024;

  private final Path home;

  public HomeCredentialSource(Path home) {
    this.home = home.toAbsolutePath().normalize();
  }

  @Override
  public String describe() {
    return "known credential stores and agent files under " + home;
  }

  /** Every location checked, {@code ~/...} to what keeps a credential there ("Railway CLI", "Cursor"). */
  public static Map<String, String> knownLocations() {
    Map<String, String> locations = new LinkedHashMap<>();
    for (HomeStore store : HomeStores.builtin()) {
      store.paths().forEach(path -> locations.putIfAbsent("~/" + path, store.tool()));
    }
    for (AgentProfile profile : AgentProfiles.builtin()) {
      profile.home().forEach(entry -> locations.putIfAbsent("~/" + entry.path(), profile.agent()));
    }
    return locations;
  }

  /** The known locations that exist under this home. */
  public List<String> presentLocations() {
    List<String> present = new ArrayList<>();
    for (String location : knownLocations().keySet()) {
      if (Files.isRegularFile(resolve(location))) {
        present.add(location);
      }
    }
    return present;
  }

  @Override
  public void read(BlobVisitor visitor) throws SourceException {
    if (!Files.isDirectory(home)) {
      throw new SourceException("home directory does not exist: " + home);
    }
    GitBlobId hasher = new GitBlobId();
    for (String location : presentLocations()) {
      Path file = resolve(location);
      try {
        long size = Files.size(file);
        if (size > MAX_FILE_SIZE) {
          visitor.notice(new Notice(location, Notice.Kind.TOO_LARGE, "larger than " + MAX_FILE_SIZE + " bytes"));
          continue;
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
          content = in.readNBytes((int) MAX_FILE_SIZE);
        }
        String id = hasher.of(content);
        visitor.visit(new Blob(id, content), new HomeOrigin(location));
      } catch (IOException | SecurityException e) {
        visitor.notice(new Notice(location, Notice.Kind.UNREADABLE, "could not be read: " + e.getClass().getSimpleName()));
      }
    }
  }

  private Path resolve(String location) {
    return home.resolve(location.substring(2));
  }
}
