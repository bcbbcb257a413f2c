package dev.overscope.detectors.agents.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.detectors.agents.AgentProfile;
import dev.overscope.detectors.agents.AgentProfiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class McpConfigFilesTest {
  private final McpConfigFiles files = McpConfigFiles.builtin();

  /** Every MCP path an agent profile names, with its wildcards filled in: the quick extension test keeps them all. */
  @Test
  void everyConfigurationPathTheProfilesNameIsRecognised() {
    List<String> paths = new ArrayList<>();
    for (AgentProfile profile : AgentProfiles.builtin()) {
      profile.mcp().forEach(entry -> entry.paths().forEach(glob -> paths.add(example(glob))));
    }
    assertThat(paths).isNotEmpty().allSatisfy(path -> assertThat(files.isConfig(path)).as(path).isTrue());
  }

  @Test
  void sourceFilesAndLookAlikesAreNotConfigurations() {
    assertThat(files.isConfig("drivers/net/ethernet/intel/e1000/e1000_main.c")).isFalse();
    assertThat(files.isConfig(".mcp.json.bak")).isFalse();
    assertThat(files.isConfig("README")).isFalse();
  }

  private static String example(String glob) {
    return glob.replace("**/", "").replace("*", "a").replace("?", "a");
  }
}
