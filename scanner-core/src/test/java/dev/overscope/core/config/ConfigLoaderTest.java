package dev.overscope.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve(".overscope.yaml"), yaml);
  }

  @Test
  void readsPolicyAllowlistAndLimits() throws Exception {
    OverscopeConfig config = new ConfigLoader().load(write("""
        policy:
          fail-on: [root:workspace, broad:context]
        allowlist:
          - paths: ["fixtures/**"]
            reason: fabricated test tokens
        limits:
          max-file-size: 1048576
        """));
    assertThat(config.policy().failOnConditions()).contains(java.util.List.of("root:workspace", "broad:context"));
    assertThat(config.allowlist()).singleElement().satisfies(entry -> assertThat(entry.reason()).contains("test"));
    assertThat(config.limits().maxFileSizeBytes()).contains(1048576L);
  }

  @Test
  void anUnknownFieldIsNamedWithItsLine() throws IOException {
    Path file = write("policy:\n  fail-on: [root:workspace]\n  fial: true\n");
    assertThatThrownBy(() -> new ConfigLoader().load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file + ":3: field 'policy.fial'");
  }

  @Test
  void malformedYamlGivesTheLine() throws IOException {
    Path file = write("policy:\n  fail-on: [root:workspace\nallowlist: x\n");
    assertThatThrownBy(() -> new ConfigLoader().load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("malformed YAML");
  }

  @Test
  void anAllowlistEntryWithoutAReasonIsRejected() throws IOException {
    Path file = write("allowlist:\n  - paths: [\"a/**\"]\n");
    assertThatThrownBy(() -> new ConfigLoader().load(file)).hasMessageContaining("needs a 'reason'");
  }

  @Test
  void aBadFailOnConditionIsRejectedAtLoad() throws IOException {
    Path file = write("policy:\n  fail-on: [root:everywhere]\n");
    assertThatThrownBy(() -> new ConfigLoader().load(file)).hasMessageContaining("policy.fail-on")
        .hasMessageContaining("unknown reach 'everywhere'");
  }

  @Test
  void anAliasBombIsRefused() throws IOException {
    StringBuilder yaml = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
          .append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
    }
    Path file = write(yaml.toString());
    assertThatThrownBy(() -> new ConfigLoader().load(file)).isInstanceOf(ConfigException.class);
  }

  @Test
  void globsCrossDirectoriesOnlyWithDoubleStar() {
    assertThat(Glob.compile("**/AGENTS.md").matches("AGENTS.md")).isTrue();
    assertThat(Glob.compile("**/AGENTS.md").matches("a/b/AGENTS.md")).isTrue();
    assertThat(Glob.compile("docs/*.md").matches("docs/a/b.md")).isFalse();
    assertThat(Glob.compile("docs/**").matches("docs/a/b.md")).isTrue();
  }
}
