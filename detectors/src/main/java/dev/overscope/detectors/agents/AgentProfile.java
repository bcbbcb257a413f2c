package dev.overscope.detectors.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One coding agent as written in its YAML file: what it loads into context and which ignore files it honours. */
public record AgentProfile(
    String agent,
    List<String> references,
    List<ContextEntry> context,
    @JsonProperty("ignore-files") List<String> ignoreFiles) {
  public AgentProfile {
    references = references == null ? List.of() : List.copyOf(references);
    context = context == null ? List.of() : List.copyOf(context);
    ignoreFiles = ignoreFiles == null ? List.of() : List.copyOf(ignoreFiles);
  }

  /** Files matching {@code paths} (globs from the repository root) go into every session, for {@code reason}. */
  public record ContextEntry(List<String> paths, String reason) {
    public ContextEntry {
      paths = paths == null ? List.of() : List.copyOf(paths);
    }
  }
}
