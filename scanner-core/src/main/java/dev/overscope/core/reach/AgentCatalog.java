package dev.overscope.core.reach;

import java.nio.file.Path;
import java.util.List;

/**
 * Knows which files coding agents load or read. Implemented in {@code detectors}, found through
 * {@link java.util.ServiceLoader}; the core never names an agent.
 */
public interface AgentCatalog {

  /**
   * The agents that load the file at {@code relativePath} (forward slashes, relative to the scanned root) without
   * being asked, each with the reach it gives ({@link Reach#CONTEXT} for files loaded into every session). Empty
   * when none does: the file is then merely in the workspace.
   */
  List<AgentExposure> contextExposures(String relativePath);

  /** Ignore or deny files that only steer an agent's built-in tools; reported as coverage, never a discount. */
  default List<String> ignoreFileNames() {
    return List.of();
  }

  /**
   * Reads the tree under {@code root} once, before findings are assembled: imports, env files named by MCP configs,
   * ignore and deny rules. Must not throw on unreadable or malformed files.
   */
  default AgentSurface surface(Path root) {
    return AgentSurface.none();
  }

  /**
   * As {@link #surface(Path)}, given every text file the scan read under {@code root} (relative, with '/'; binary
   * and over-size files are not among them, and no agent file is either), so that the tree is not walked a second
   * time: on the Linux sources that walk took 0.7 s after the scan.
   */
  default AgentSurface surface(Path root, List<String> files) {
    return surface(root);
  }

  /** The agents that read the home-directory file at {@code homePath} (written {@code ~/...}), and why. */
  default List<AgentExposure> homeExposures(String homePath) {
    return List.of();
  }
}
