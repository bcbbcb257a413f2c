package dev.overscope.detectors.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParsedImageTest {
  /** A stand-in for a parsed file: the image admits the record type it is asked for. */
  record Parsed(String provider) {}

  private static final Map<String, byte[]> YAML = Map.of("acme.yaml", bytes("provider: Acme\n"));
  private static final Map<String, byte[]> EDITED = Map.of("acme.yaml", bytes("provider: Acme Corp\n"));

  @TempDir
  Path dir;

  @Test
  void anImageInAClassesFolderIsUsedOnlyWhileItsYamlIsUnchanged() throws IOException {
    Path image = dir.resolve("parsed.bin");
    Files.write(image, image());

    assertThat(read(image.toUri().toURL(), () -> YAML)).contains(Map.of("acme.yaml", new Parsed("Acme")));
    assertThat(read(image.toUri().toURL(), () -> EDITED)).isEmpty();
  }

  @Test
  void anImageInAJarIsTrustedWithoutReadingItsYamlBack() throws IOException {
    Path jar = dir.resolve("detectors.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new ZipEntry("rules/parsed.bin"));
      out.write(image());
      out.closeEntry();
    }
    URL image = new URL("jar:" + jar.toUri() + "!/rules/parsed.bin");

    assertThat(read(image, () -> {
      throw new AssertionError("the YAML of a packed image was read");
    })).contains(Map.of("acme.yaml", new Parsed("Acme")));
  }

  @Test
  void aRecordTheReaderDoesNotNameIsNeverMade() throws IOException {
    record Foreign(String command) {}
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ParsedImage.write(YAML, Map.of("acme.yaml", new Foreign("rm -rf /")), out);

    assertThat(ParsedImage.read(new ByteArrayInputStream(out.toByteArray()), YAML, Parsed.class)).isEmpty();
  }

  @Test
  void aTruncatedOrForeignImageIsIgnoredSoTheYamlIsParsedInstead() throws IOException {
    byte[] image = image();
    byte[] truncated = Arrays.copyOf(image, image.length - 3);

    assertThat(ParsedImage.read(new ByteArrayInputStream(truncated), YAML, Parsed.class)).isEmpty();
    byte[] longer = Arrays.copyOf(image, image.length + 1);
    assertThat(ParsedImage.read(new ByteArrayInputStream(longer), YAML, Parsed.class)).isEmpty();
    assertThat(ParsedImage.read(new ByteArrayInputStream(bytes("provider: Acme\n")), YAML, Parsed.class)).isEmpty();
    assertThat(ParsedImage.read(new ByteArrayInputStream(image), YAML, Parsed.class))
        .contains(Map.of("acme.yaml", new Parsed("Acme")));
  }

  @Test
  void anImageOfNoFileIsNeverTrustedSinceItWouldLeaveAScanWithoutRules() throws IOException {
    Path jar = dir.resolve("empty.jar");
    ByteArrayOutputStream empty = new ByteArrayOutputStream();
    ParsedImage.write(Map.of(), Map.<String, Parsed>of(), empty);
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new ZipEntry("rules/parsed.bin"));
      out.write(empty.toByteArray());
      out.closeEntry();
    }

    assertThat(read(new URL("jar:" + jar.toUri() + "!/rules/parsed.bin"), () -> YAML)).isEmpty();
  }

  private static Optional<Map<String, Parsed>> read(URL image, Supplier<Map<String, byte[]>> sources) {
    return ParsedImage.read(image, sources, Parsed.class);
  }

  private static byte[] image() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, Parsed> parsed = new LinkedHashMap<>();
    parsed.put("acme.yaml", new Parsed("Acme"));
    ParsedImage.write(YAML, parsed, out);
    return out.toByteArray();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
