package dev.overscope.detectors.agents;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.overscope.detectors.image.BuiltinImages;
import dev.overscope.detectors.image.ParsedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The built-in agent files, one YAML per agent under {@code agents/}, listed in {@code agents/index.txt}; read once. */
public final class AgentProfiles {
  static final String FOLDER = "/dev/overscope/detectors/agents/";
  private static final List<AgentProfile> BUILTIN = load();

  private AgentProfiles() {}

  public static List<AgentProfile> builtin() {
    return BUILTIN;
  }

  private static List<AgentProfile> load() {
    return List.copyOf(parsedFromImage(AgentProfiles::sources).orElseGet(() -> parse(sources())).values());
  }

  static Map<String, byte[]> sources() {
    Map<String, byte[]> sources = new LinkedHashMap<>();
    for (String file : fileNames()) {
      try (InputStream in = AgentProfiles.class.getResourceAsStream(FOLDER + file)) {
        if (in == null) {
          throw new IllegalStateException("agents/" + file + " is listed in index.txt but missing");
        }
        sources.put(file, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("agents/" + file + ": " + e.getMessage(), e);
      }
    }
    return sources;
  }

  /** The build's pre-parsed image of exactly these files, when there is one ({@link ParsedImage}). */
  static Optional<Map<String, AgentProfile>> parsedFromImage(Supplier<Map<String, byte[]>> sources) {
    return ParsedImage.readResource(AgentProfiles.class, FOLDER + BuiltinImages.FILE_NAME, sources,
        AgentProfile.class, AgentProfile.FileEntry.class, AgentProfile.McpEntry.class, AgentProfile.IgnoreEntry.class,
        AgentProfile.HomeEntry.class);
  }

  static Map<String, AgentProfile> parse(Map<String, byte[]> sources) {
    ObjectMapper mapper =
        new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    Map<String, AgentProfile> parsed = new LinkedHashMap<>();
    sources.forEach((file, bytes) -> {
      try {
        parsed.put(file, mapper.readValue(bytes, AgentProfile.class));
      } catch (IOException e) {
        throw new UncheckedIOException("agents/" + file + ": " + e.getMessage(), e);
      }
    });
    return parsed;
  }

  /** Parses every agent file and writes their image under {@code classes} (the build runs this). */
  public static void writeImage(Path classes) throws IOException {
    Map<String, byte[]> sources = sources();
    try (OutputStream out = Files.newOutputStream(classes.resolve(FOLDER.substring(1)).resolve(BuiltinImages.FILE_NAME))) {
      ParsedImage.write(sources, parse(sources), out);
    }
  }

  static List<String> fileNames() {
    try (InputStream in = AgentProfiles.class.getResourceAsStream(FOLDER + "index.txt")) {
      if (in == null) {
        throw new IllegalStateException("agents/index.txt is missing from the detectors jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
