package dev.overscope.detectors.agents;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.overscope.core.config.Glob;
import dev.overscope.core.reach.AgentCatalog;
import dev.overscope.core.reach.AgentExposure;
import dev.overscope.core.reach.Reach;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The agents Overscope knows, one YAML file each under {@code agents/}, listed in {@code agents/index.txt}. */
public final class BuiltinAgentCatalog implements AgentCatalog {
  static final String FOLDER = "/dev/overscope/detectors/agents/";

  private final List<AgentProfile> profiles;
  private final List<CompiledEntry> entries;

  public BuiltinAgentCatalog() {
    ObjectMapper mapper =
        new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    List<AgentProfile> loaded = new ArrayList<>();
    List<CompiledEntry> compiled = new ArrayList<>();
    for (String file : fileNames()) {
      try (InputStream in = BuiltinAgentCatalog.class.getResourceAsStream(FOLDER + file)) {
        if (in == null) {
          throw new IllegalStateException("agents/" + file + " is listed in index.txt but missing");
        }
        AgentProfile profile = mapper.readValue(in, AgentProfile.class);
        loaded.add(profile);
        for (AgentProfile.ContextEntry entry : profile.context()) {
          List<Glob> globs = entry.paths().stream().map(Glob::compile).toList();
          compiled.add(new CompiledEntry(profile.agent(), globs, entry.reason()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("agents/" + file + ": " + e.getMessage(), e);
      }
    }
    this.profiles = List.copyOf(loaded);
    this.entries = List.copyOf(compiled);
  }

  static List<String> fileNames() {
    try (InputStream in = BuiltinAgentCatalog.class.getResourceAsStream(FOLDER + "index.txt")) {
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

  public List<AgentProfile> profiles() {
    return profiles;
  }

  @Override
  public List<AgentExposure> contextExposures(String relativePath) {
    List<AgentExposure> exposures = new ArrayList<>();
    for (CompiledEntry entry : entries) {
      if (entry.globs.stream().anyMatch(glob -> glob.matches(relativePath))) {
        exposures.add(new AgentExposure(entry.agent, Reach.CONTEXT, entry.reason));
      }
    }
    return exposures;
  }

  @Override
  public List<String> ignoreFileNames() {
    return profiles.stream().flatMap(profile -> profile.ignoreFiles().stream()).distinct().toList();
  }

  private record CompiledEntry(String agent, List<Glob> globs, String reason) {}
}
