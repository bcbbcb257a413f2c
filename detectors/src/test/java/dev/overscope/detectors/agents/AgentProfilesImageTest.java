package dev.overscope.detectors.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentProfilesImageTest {
  @Test
  void theBuildsAgentImageHoldsExactlyWhatTheYamlSays() {
    Map<String, byte[]> yaml = AgentProfiles.sources();
    assertThat(AgentProfiles.parsedFromImage(() -> yaml)).hasValueSatisfying(
        image -> assertThat(image).containsExactlyEntriesOf(AgentProfiles.parse(yaml)));
    assertThat(AgentProfiles.builtin()).extracting(AgentProfile::agent).contains("Claude Code", "Cursor")
        .hasSize(yaml.size());
    assertThat(List.copyOf(AgentProfiles.builtin())).isEqualTo(List.copyOf(AgentProfiles.parse(yaml).values()));
  }
}
