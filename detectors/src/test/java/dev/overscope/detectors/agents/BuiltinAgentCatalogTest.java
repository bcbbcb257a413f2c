package dev.overscope.detectors.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.reach.AgentExposure;
import org.junit.jupiter.api.Test;

class BuiltinAgentCatalogTest {
  private final BuiltinAgentCatalog catalog = new BuiltinAgentCatalog();

  @Test
  void agentsMdAtAnyDepthIsLoadedByTheAgentsThatReadIt() {
    assertThat(catalog.contextExposures("AGENTS.md")).extracting(AgentExposure::agent)
        .contains("OpenAI Codex", "Cursor", "GitHub Copilot");
    assertThat(catalog.contextExposures("services/api/AGENTS.md")).extracting(AgentExposure::agent)
        .contains("OpenAI Codex");
  }

  @Test
  void mcpConfigsAndClaudeMemoryAreContext() {
    assertThat(catalog.contextExposures(".mcp.json")).extracting(AgentExposure::agent).containsExactly("Claude Code");
    assertThat(catalog.contextExposures(".cursor/mcp.json")).extracting(AgentExposure::agent).contains("Cursor");
    assertThat(catalog.contextExposures("CLAUDE.md")).extracting(AgentExposure::reason)
        .anyMatch(reason -> reason.contains("every session"));
  }

  @Test
  void ordinaryFilesAreNotContext() {
    assertThat(catalog.contextExposures(".env")).isEmpty();
    assertThat(catalog.contextExposures("src/main/java/App.java")).isEmpty();
    assertThat(catalog.contextExposures("docs/NOT_AGENTS.md")).isEmpty();
  }

  @Test
  void everyAgentFileLoadsWithAtLeastOneContextEntry() {
    assertThat(catalog.profiles()).hasSizeGreaterThanOrEqualTo(14)
        .allSatisfy(profile -> assertThat(profile.context()).isNotEmpty());
  }
}
