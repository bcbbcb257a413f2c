package dev.overscope.core.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReachResolverTest {
  private final AtomicInteger surfacesRead = new AtomicInteger();

  /** Loads AGENTS.md; its surface imports notes.md and covers .env with an ignore file. */
  private final AgentCatalog catalog = new AgentCatalog() {
    @Override
    public List<AgentExposure> contextExposures(String relativePath) {
      return switch (relativePath) {
        case "AGENTS.md" -> List.of(new AgentExposure("Agent A", Reach.CONTEXT, "loads AGENTS.md"));
        case ".env" -> List.of(new AgentExposure("Agent B", Reach.WORKSPACE, "loads .env into its environment"));
        default -> List.of();
      };
    }

    @Override
    public AgentSurface surface(Path root) {
      surfacesRead.incrementAndGet();
      return new AgentSurface() {
        @Override
        public List<AgentExposure> exposures(String relativePath) {
          return relativePath.equals("notes.md")
              ? List.of(new AgentExposure("Agent A", Reach.CONTEXT, "imported by AGENTS.md"))
              : List.of();
        }

        @Override
        public List<String> coverage(String relativePath) {
          return relativePath.equals(".env") || relativePath.equals("AGENTS.md")
              ? List.of("hidden from Agent A's file tools by .aignore; still readable through its shell")
              : List.of();
        }
      };
    }

    @Override
    public List<AgentExposure> homeExposures(String homePath) {
      return List.of(new AgentExposure("Agent A", Reach.HOME, "reads " + homePath));
    }
  };

  @Test
  void aFileTheSurfacePullsInIsContext() {
    ReachResolver resolver = new ReachResolver(List.of(catalog), List.of(), Path.of("."));
    assertThat(resolver.forWorkspaceFile("notes.md").reach()).isEqualTo(Reach.CONTEXT);
    assertThat(resolver.forWorkspaceFile("other.md").reach()).isEqualTo(Reach.WORKSPACE);
  }

  @Test
  void coverageIsReportedAndNeverLowersTheReach() {
    ReachResolver resolver = new ReachResolver(List.of(catalog), List.of(), Path.of("."));
    ReachResolver.WorkspaceReach agents = resolver.forWorkspaceFile("AGENTS.md");
    assertThat(agents.reach()).isEqualTo(Reach.CONTEXT);
    assertThat(agents.coverage()).singleElement().asString().contains("still readable");
    ReachResolver.WorkspaceReach env = resolver.forWorkspaceFile(".env");
    assertThat(env.reach()).isEqualTo(Reach.WORKSPACE);
    assertThat(env.exposures()).extracting(AgentExposure::agent).containsExactly("Agent B");
  }

  @Test
  void theSurfaceIsReadOnceAndNotAtAllForHomeFiles() {
    ReachResolver resolver = new ReachResolver(List.of(catalog), List.of(), Path.of("."));
    assertThat(resolver.forHomeFile("~/.tool/config.json").reach()).isEqualTo(Reach.HOME);
    assertThat(surfacesRead).hasValue(0);
    resolver.forWorkspaceFile("a");
    resolver.forWorkspaceFile("b");
    assertThat(surfacesRead).hasValue(1);
  }
}
