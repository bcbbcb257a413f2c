package dev.overscope.detectors.agents.surface;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.reach.AgentExposure;
import dev.overscope.detectors.agents.BuiltinAgentCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurfaceReaderTest {
  private final BuiltinAgentCatalog catalog = new BuiltinAgentCatalog();

  @TempDir Path root;

  @Test
  void importsStopAfterFiveLevels() throws IOException {
    write("CLAUDE.md", "@d1.md\n");
    for (int level = 1; level <= 6; level++) {
      write("d" + level + ".md", "next: @d" + (level + 1) + ".md\n");
    }
    write("d7.md", "end\n");

    TreeSurface surface = catalog.surface(root);

    assertThat(surface.exposures("d5.md")).extracting(AgentExposure::reason).singleElement().asString()
        .contains("5 imports deep");
    assertThat(surface.exposures("d6.md")).isEmpty();
  }

  @Test
  void emailsScopedPackagesAndMissingFilesAreNoImports() throws IOException {
    write("CLAUDE.md", "Ask ops@acme.io. Install @supabase/mcp-server. See `@secret.txt` and @missing.md.\n");
    write("secret.txt", "x\n");

    assertThat(catalog.surface(root).pulledIn()).isEmpty();
  }

  @Test
  void ignoreFilesFollowGitSemanticsRelativeToTheirDirectory() throws IOException {
    write(".cursorignore", "*.env\n!public.env\nsecrets/\n");
    write("services/api/.cursorignore", "local.json\n");
    write(".aiexclude", "!*.key\n");
    write("vendor/.aiexclude", "");

    TreeSurface surface = catalog.surface(root);

    assertThat(surface.coverage("prod.env")).singleElement().asString().contains("Cursor");
    assertThat(surface.coverage("public.env")).isEmpty();
    assertThat(surface.coverage("secrets/deep/token.txt")).singleElement().asString().contains(".cursorignore");
    assertThat(surface.coverage("services/api/local.json")).singleElement().asString()
        .contains("services/api/.cursorignore");
    assertThat(surface.coverage("local.json")).isEmpty();
    assertThat(surface.coverage("vendor/lib/a.key")).singleElement().asString().contains("vendor/.aiexclude");
    assertThat(surface.coverage("a.key")).isEmpty();
  }

  @Test
  void theFilesAScanListedGiveTheSameSurfaceAsAWalk() throws IOException {
    write("CLAUDE.md", "@docs/deploy.md\n");
    write("docs/deploy.md", "RAILWAY_TOKEN in .env\n");
    write(".cursorignore", "*.env\n");
    write(".cursor/mcp.json", "{\"mcpServers\": {\"db\": {\"command\": \"x\", \"envFile\": \"db.env\"}}}\n");
    write("db.env", "K=v\n");
    write("node_modules/pkg/CLAUDE.md", "@../../db.env\n");
    write("src/Main.java", "class Main {}\n");
    java.util.List<String> listed = java.util.List.of("src/Main.java", "db.env", ".cursor/mcp.json", "CLAUDE.md",
        "node_modules/pkg/CLAUDE.md", ".cursorignore", "docs/deploy.md");

    TreeSurface walked = catalog.surface(root);
    TreeSurface fromList = catalog.surface(root, listed);

    assertThat(walked.pulledIn()).containsKeys("docs/deploy.md", "db.env");
    assertThat(fromList.contextFiles()).containsExactlyInAnyOrderElementsOf(walked.contextFiles());
    assertThat(fromList.pulledIn()).isEqualTo(walked.pulledIn());
    assertThat(fromList.mcpConfigs()).containsExactlyInAnyOrderElementsOf(walked.mcpConfigs());
    assertThat(fromList.ignores()).map(Object::toString)
        .containsExactlyInAnyOrderElementsOf(walked.ignores().stream().map(Object::toString).toList());
  }

  private void write(String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
