package dev.overscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.reach.Reach;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The score GitHub ranks alerts by follows scope and reach, exactly as docs/reports.md tabulates it. */
class SecuritySeverityTest {
  private static final Path DOC = Path.of("../docs/reports.md");
  private static final List<Reach> COLUMNS = List.of(Reach.CONTEXT, Reach.WORKSPACE, Reach.HOME, Reach.HISTORY);

  @Test
  void theDocumentedTableIsWhatTheCodeComputes() throws IOException {
    List<String> rows = Files.readAllLines(DOC).stream()
        .dropWhile(line -> !line.startsWith("| scope \\ reach |")).skip(2)
        .takeWhile(line -> line.startsWith("| `")).toList();
    assertThat(rows).hasSize(Scope.values().length);
    for (String row : rows) {
      String[] cells = row.split("\\|");
      Scope scope = Scope.fromLabel(cells[1].strip().replace("`", ""));
      for (int i = 0; i < COLUMNS.size(); i++) {
        double score = SecuritySeverity.of(scope, COLUMNS.get(i));
        assertThat(cells[i + 2].strip()).as(scope + " in " + COLUMNS.get(i))
            .isEqualTo(SecuritySeverity.format(score) + " " + SecuritySeverity.band(score));
      }
    }
  }

  @Test
  void moreScopeOrCloserReachNeverScoresLower() {
    for (Reach reach : Reach.values()) {
      for (int i = 1; i < Scope.values().length; i++) {
        assertThat(SecuritySeverity.of(Scope.values()[i - 1], reach))
            .isGreaterThanOrEqualTo(SecuritySeverity.of(Scope.values()[i], reach));
      }
    }
    for (Scope scope : Scope.values()) {
      assertThat(SecuritySeverity.of(scope, Reach.CONTEXT)).isGreaterThanOrEqualTo(SecuritySeverity.of(scope, Reach.WORKSPACE));
      assertThat(SecuritySeverity.of(scope, Reach.WORKSPACE)).isGreaterThan(SecuritySeverity.of(scope, Reach.HISTORY));
    }
  }

  @Test
  void aTestModeCredentialIsLowWhateverItsScope() {
    ScopeVerdict test = new ScopeVerdict(Scope.ROOT, Environment.TEST, "prefix sk_test_ marks test mode");
    assertThat(SecuritySeverity.band(SecuritySeverity.of(test, Reach.CONTEXT))).isEqualTo("low");
  }
}
