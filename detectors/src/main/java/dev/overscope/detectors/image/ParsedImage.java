package dev.overscope.detectors.image;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Built-in YAML (rule files, agent profiles), parsed at build time and stored as serialized records beside it. A cold
 * Jackson took 540-580 ms to parse the rule files alone, of a one-file scan's 1.5 s; a pre-commit hook must answer in
 * well under a second. The YAML stays the only source: an image records a digest of the files it was made from and
 * is ignored when they differ (an IDE run after an edit, say), and reading it admits the model's own records only.
 */
public final class ParsedImage {
  /** Besides the model's records: strings, boxed numbers and the JDK's own list and map forms. */
  private static final Set<String> JDK_TYPES = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Double",
      "java.lang.Boolean", "java.lang.Number", "java.util.CollSer", "java.util.ImmutableCollections$List12",
      "java.util.ImmutableCollections$ListN", "java.util.ImmutableCollections$Map1",
      "java.util.ImmutableCollections$MapN", "java.util.LinkedHashMap", "java.util.HashMap", "[Ljava.lang.Object;",
      "[Ljava.util.Map$Entry;", Contents.class.getName());

  private ParsedImage() {}

  /** What an image holds: the digest of the sources it came from, and each file's parsed form by file name. */
  record Contents(String sourceDigest, LinkedHashMap<String, Serializable> files) implements Serializable {}

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

  public static void write(Map<String, byte[]> sources, Map<String, ? extends Serializable> parsed, OutputStream out)
      throws IOException {
    try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
      objects.writeObject(new Contents(digest(sources), new LinkedHashMap<>(parsed)));
    }
  }

  /**
   * The parsed files, if the image was made from exactly these sources and holds only {@code type} and the given
   * nested record types; empty when stale, foreign or unreadable, so that the caller parses the YAML instead.
   */
  public static <T> Optional<Map<String, T>> read(InputStream in, Map<String, byte[]> sources, Class<T> type,
      Class<?>... nested) {
    Set<String> allowed = Stream.concat(Stream.of(type), Stream.of(nested)).map(Class::getName)
        .collect(Collectors.toSet());
    try (ObjectInputStream objects = new ObjectInputStream(in)) {
      objects.setObjectInputFilter(info -> admit(info, allowed));
      if (!(objects.readObject() instanceof Contents contents) || !contents.sourceDigest().equals(digest(sources))
          || !contents.files().keySet().equals(sources.keySet())) {
        return Optional.empty();
      }
      Map<String, T> files = new LinkedHashMap<>();
      contents.files().forEach((name, parsed) -> files.put(name, type.cast(parsed)));
      return Optional.of(files);
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      return Optional.empty();
    }
  }

  /**
   * {@link #read} of the image {@code resource} on {@code owner}'s class path, beside the YAML it was made from;
   * empty when there is none (a build that skipped the image step).
   */
  public static <T> Optional<Map<String, T>> readResource(Class<?> owner, String resource, Map<String, byte[]> sources,
      Class<T> type, Class<?>... nested) {
    InputStream image = owner.getResourceAsStream(resource);
    if (image == null) {
      return Optional.empty();
    }
    try (InputStream in = new BufferedInputStream(image)) {
      return read(in, sources, type, nested);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static ObjectInputFilter.Status admit(ObjectInputFilter.FilterInfo info, Set<String> model) {
    if (info.depth() > 12 || info.references() > 200_000) {
      return ObjectInputFilter.Status.REJECTED;
    }
    Class<?> type = info.serialClass();
    if (type == null) {
      return ObjectInputFilter.Status.UNDECIDED;
    }
    return JDK_TYPES.contains(type.getName()) || model.contains(type.getName())
        ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
  }
}
