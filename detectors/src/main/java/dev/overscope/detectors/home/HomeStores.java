package dev.overscope.detectors.home;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The built-in list of home credential stores, {@code home/home-stores.yaml}; read once. */
public final class HomeStores {
  private static final String RESOURCE = "/dev/overscope/detectors/home/home-stores.yaml";
  private static final List<HomeStore> BUILTIN = load();

  private HomeStores() {}

  public static List<HomeStore> builtin() {
    return BUILTIN;
  }

  /** The store kept at {@code homePath} ({@code ~/...}), if any. */
  public static Optional<HomeStore> at(String homePath) {
    return BUILTIN.stream().filter(store -> store.paths().stream().anyMatch(path -> homePath.equals("~/" + path)))
        .findFirst();
  }

  private static List<HomeStore> load() {
    try (InputStream in = HomeStores.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the detectors jar");
      }
      ObjectMapper mapper =
          new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      return List.copyOf(mapper.readValue(in, File.class).stores());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record File(List<HomeStore> stores) {}
}
