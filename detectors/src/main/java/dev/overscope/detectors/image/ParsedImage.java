package dev.overscope.detectors.image;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Built-in YAML (rule files, agent profiles), parsed at build time and stored as records beside it ({@link
 * RecordCodec}). A cold Jackson took 540-580 ms to parse the rule files alone, of a one-file scan's 1.5 s; a
 * pre-commit hook must answer in well under a second. The YAML stays the only source: an image records a digest of
 * the files it was made from and is ignored when they differ (an IDE run after an edit, say), and reading it admits
 * the model's own records only.
 *
 * <p>An image inside a jar is not checked against its YAML: the build wrote both into the classes the jar was packed
 * from, and reading the 170 YAML files out of the jar to digest them took 130-180 ms of a hook's start-up.
 */
public final class ParsedImage {
  /** The first bytes of an image, with the format's version: an image of another format is ignored. */
  private static final String MAGIC = "overscope-parsed-image/1";

  private ParsedImage() {}

  /** The digest of the files' names and bytes, in order: any edit, addition or removal changes it. */
  static String digest(Map<String, byte[]> sources) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> source : sources.entrySet()) {
        sha.update(source.getKey().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(source.getValue());
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  /** Writes the image of {@code parsed}, each file's record by file name, made from {@code sources}. */
  public static void write(Map<String, byte[]> sources, Map<String, ? extends Record> parsed, OutputStream out)
      throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
    RecordCodec.writeString(MAGIC, data);
    RecordCodec.writeString(digest(sources), data);
    data.writeInt(parsed.size());
    for (Map.Entry<String, ? extends Record> file : parsed.entrySet()) {
      RecordCodec.writeString(file.getKey(), data);
      RecordCodec.write(file.getValue(), data);
    }
    data.flush();
  }

  /**
   * The parsed files, if the image was made from exactly these sources and holds only {@code type} and the given
   * nested record types; empty when stale, foreign or unreadable, so that the caller parses the YAML instead.
   */
  public static <T> Optional<Map<String, T>> read(InputStream in, Map<String, byte[]> sources, Class<T> type,
      Class<?>... nested) {
    return read(in, Optional.of(sources), type, nested);
  }

  /**
   * {@link #read} of the image {@code resource} on {@code owner}'s class path, beside the YAML it was made from;
   * empty when there is none (a build that skipped the image step). {@code sources} are read only when the image is
   * not {@link #packaged} with them.
   */
  public static <T> Optional<Map<String, T>> readResource(Class<?> owner, String resource,
      Supplier<Map<String, byte[]>> sources, Class<T> type, Class<?>... nested) {
    URL image = owner.getResource(resource);
    return image == null ? Optional.empty() : read(image, sources, type, nested);
  }

  /** {@link #readResource} of the image at {@code image}. */
  static <T> Optional<Map<String, T>> read(URL image, Supplier<Map<String, byte[]>> sources, Class<T> type,
      Class<?>... nested) {
    try (InputStream in = image.openStream()) {
      Optional<Map<String, byte[]>> yaml = packaged(image) ? Optional.empty() : Optional.of(sources.get());
      return read(in, yaml, type, nested);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** True for an image inside a jar, which the build packed together with the YAML the image was made from. */
  static boolean packaged(URL image) {
    return "jar".equals(image.getProtocol());
  }

  /** As {@link #read(InputStream, Map, Class, Class[])}; with no sources, the image is trusted to match its YAML. */
  private static <T> Optional<Map<String, T>> read(InputStream in, Optional<Map<String, byte[]>> sources,
      Class<T> type, Class<?>... nested) {
    List<Class<?>> records = new ArrayList<>(List.of(nested));
    records.add(type);
    RecordCodec codec = new RecordCodec(records);
    try {
      ByteBuffer data = ByteBuffer.wrap(in.readAllBytes());
      if (!MAGIC.equals(RecordCodec.readString(data))) {
        return Optional.empty();
      }
      String digest = RecordCodec.readString(data);
      int count = data.getInt();
      if (count <= 0 || count > data.remaining()) {
        return Optional.empty(); // an image of no file is damaged: trusted, it would leave a scan without rules
      }
      Map<String, T> files = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        String name = RecordCodec.readString(data);
        Object parsed = codec.read(data);
        if (!type.isInstance(parsed)) {
          return Optional.empty();
        }
        files.put(name, type.cast(parsed));
      }
      if (data.hasRemaining()) {
        return Optional.empty();
      }
      if (sources.isPresent() && !(digest.equals(digest(sources.get()))
          && files.keySet().equals(sources.get().keySet()))) {
        return Optional.empty();
      }
      return Optional.of(files);
    } catch (IOException | BufferUnderflowException e) {
      return Optional.empty();
    }
  }
}
