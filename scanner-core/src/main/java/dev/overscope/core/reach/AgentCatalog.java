package dev.overscope.core.reach;

import java.util.List;

/**
 * Knows which files coding agents load or read. Implemented in {@code detectors}, found through
 * {@link java.util.ServiceLoader}; the core never names an agent.
 */
public interface AgentCatalog {

  /**
   * The agents that load the file at {@code relativePath} (forward slashes, relative to the scanned root) into their
   * context without being asked. Empty when none does: the file is then merely in the workspace.
   */
  List<AgentExposure> contextExposures(String relativePath);

  /** Ignore or deny files that only steer an agent's built-in tools; reported as coverage, never a discount. */
  default List<String> ignoreFileNames() {
    return List.of();
  }
}
