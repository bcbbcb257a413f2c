package dev.overscope.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.Test;

class GitBlobIdTest {
  @Test
  void theIdIsTheOneGitGivesTheBlobSoWorkingTreeFilesPairWithHistory() {
    GitBlobId id = new GitBlobId();
    // `git hash-object` of an empty file and of "hello\n", as printed by git itself.
    assertThat(id.of(new byte[0])).isEqualTo("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
    assertThat(id.of("hello\n".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ce013625030ba8dba906f756967f9e9ca394464a");
  }

  @Test
  void itAgreesWithJgitOnRandomContentAndCanBeReused() {
    GitBlobId id = new GitBlobId();
    ObjectInserter.Formatter jgit = new ObjectInserter.Formatter();
    Random random = new Random(7);
    for (int size : new int[] {1, 63, 64, 65, 4096, 1 << 20}) {
      byte[] content = new byte[size];
      random.nextBytes(content);
      assertThat(id.of(content)).isEqualTo(jgit.idFor(Constants.OBJ_BLOB, content).name());
    }
  }
}
