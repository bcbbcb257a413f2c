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
    assertThat(catalog.contextExposures("src/main/java/App.java")).isEmpty();
    assertThat(catalog.contextExposures("docs/NOT_AGENTS.md")).isEmpty();
  }

  @Test
  void everyAgentFileLoadsWithInstructionsAndStatesWhatItsIgnoreFilesMiss() {
    assertThat(catalog.profiles()).hasSizeGreaterThanOrEqualTo(14).allSatisfy(profile -> {
      assertThat(profile.instructions()).isNotEmpty();
      assertThat(profile.ignore()).allSatisfy(ignore -> assertThat(ignore.misses()).isNotBlank());
      assertThat(profile.mcp()).allSatisfy(mcp ->
          assertThat(mcp.root()).isIn("mcpServers", "servers", "context_servers", "mcp_servers"));
    });
  }

  @Test
  void nestingIsSpelledOutInTheReason() {
    assertThat(catalog.contextExposures("CLAUDE.md")).filteredOn(exposure -> exposure.agent().equals("Claude Code"))
        .singleElement().extracting(AgentExposure::reason).asString().contains("every parent directory");
    assertThat(catalog.contextExposures("api/CLAUDE.md")).filteredOn(e -> e.agent().equals("Claude Code"))
        .singleElement().extracting(AgentExposure::reason).asString().contains("on demand");
  }

  @Test
  void aDotEnvIsWorkspaceButNamesTheAgentsThatLoadItIntoTheirEnvironment() {
    assertThat(catalog.contextExposures(".env")).isNotEmpty()
        .allSatisfy(exposure -> assertThat(exposure.reach()).isEqualTo(dev.overscope.core.reach.Reach.WORKSPACE))
        .extracting(AgentExposure::agent).contains("Gemini CLI", "Aider");
  }

  @Test
  void homeFilesNameTheAgentThatReadsThemOrAnyUnsandboxedAgent() {
    assertThat(catalog.homeExposures("~/.cursor/mcp.json")).extracting(AgentExposure::agent).containsExactly("Cursor");
    assertThat(catalog.homeExposures("~/.railway/config.json")).singleElement()
        .extracting(AgentExposure::reason).asString().contains("unless a sandbox denies it");
  }
}
