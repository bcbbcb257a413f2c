package dev.overscope.detectors.home;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.overscope.detectors.image.BuiltinImages;
import dev.overscope.detectors.image.ParsedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The built-in list of home credential stores, {@code home/home-stores.yaml}; read once. */
public final class HomeStores {
  private static final String RESOURCE = "/dev/overscope/detectors/home/home-stores.yaml";
  private static final String FILE = "home-stores.yaml";
  private static final String IMAGE = "/dev/overscope/detectors/home/" + BuiltinImages.FILE_NAME;
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
    return parsedFromImage(HomeStores::source).orElseGet(() -> parse(source())).stores();
  }

  private static byte[] source() {
    try (InputStream in = HomeStores.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the detectors jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The build's pre-parsed image of exactly this file, when there is one ({@link ParsedImage}). */
  static Optional<File> parsedFromImage(Supplier<byte[]> source) {
    return ParsedImage.readResource(HomeStores.class, IMAGE, () -> Map.of(FILE, source.get()), File.class,
        HomeStore.class,
        HomeStore.Secret.class).map(files -> files.get(FILE));
  }

  static File parse(byte[] source) {
    try {
      return new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(source, File.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the store list and writes its image under {@code classes} (the build runs this). */
  public static void writeImage(Path classes) throws IOException {
    byte[] source = source();
    try (OutputStream out = Files.newOutputStream(classes.resolve(IMAGE.substring(1)))) {
      ParsedImage.write(Map.of(FILE, source), Map.of(FILE, parse(source)), out);
    }
  }

  record File(List<HomeStore> stores) {
    File {
      stores = stores == null ? List.of() : List.copyOf(stores);
    }
  }
}
