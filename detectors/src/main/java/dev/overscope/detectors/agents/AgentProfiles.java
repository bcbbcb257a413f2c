package dev.overscope.detectors.agents;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The built-in agent files, one YAML per agent under {@code agents/}, listed in {@code agents/index.txt}; read once. */
public final class AgentProfiles {
  static final String FOLDER = "/dev/overscope/detectors/agents/";
  private static final List<AgentProfile> BUILTIN = load();

  private AgentProfiles() {}

  public static List<AgentProfile> builtin() {
    return BUILTIN;
  }

  private static List<AgentProfile> load() {
    ObjectMapper mapper =
        new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    List<AgentProfile> loaded = new ArrayList<>();
    for (String file : fileNames()) {
      try (InputStream in = AgentProfiles.class.getResourceAsStream(FOLDER + file)) {
        if (in == null) {
          throw new IllegalStateException("agents/" + file + " is listed in index.txt but missing");
        }
        loaded.add(mapper.readValue(in, AgentProfile.class));
      } catch (IOException e) {
        throw new UncheckedIOException("agents/" + file + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(loaded);
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
