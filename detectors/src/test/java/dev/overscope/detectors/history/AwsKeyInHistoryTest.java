package dev.overscope.detectors.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overscope.core.finding.Finding;
import dev.overscope.core.reach.Reach;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.Scanner;
import dev.overscope.core.source.CommitOrigin;
import dev.overscope.core.source.Provenance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issue's own story, with the built-in catalogue: an AWS key pair committed, then deleted two commits later. */
class AwsKeyInHistoryTest {
  /** Fabricated for this test: AKIA and 16 base32 characters, and 40 base64 characters. */
  private static final String KEY_ID = "AKIAPFT7V4SEH2KVJ72C";
  private static final String SECRET_KEY = "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";
  private static final Instant MONDAY = Instant.parse("2025-06-02T09:30:00Z");

  @TempDir Path dir;

  @Test
  void aKeyPairDeletedFromTheTreeIsReportedOncePerSecretAtTheCommitThatAddedIt() throws Exception {
    RevCommit added;
    RevCommit deleted;
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      Files.writeString(dir.resolve("credentials"), "[default]\naws_access_key_id = " + KEY_ID
          + "\naws_secret_access_key = " + SECRET_KEY + "\n");
      added = commit(git, "Add AWS credentials for the deploy job", MONDAY);
      Files.writeString(dir.resolve("README.md"), "# deploy\n");
      commit(git, "Document the deploy", MONDAY.plusSeconds(3600));
      git.rm().addFilepattern("credentials").call();
      deleted = commit(git, "Remove credentials", MONDAY.plusSeconds(7200));
    }

    ScanResult result = Scanner.builder().withInstalledPlugins().build().scan(ScanRequest.of(dir));

    assertThat(result.findings()).extracting(finding -> finding.rule().id())
        .containsExactlyInAnyOrder("aws-access-key-id", "aws-secret-access-key");
    for (Finding finding : result.findings()) {
      assertThat(finding.reach()).isEqualTo(Reach.HISTORY);
      assertThat(finding.locations()).hasSize(1);
      CommitOrigin origin = (CommitOrigin) finding.primaryLocation().origin();
      assertThat(origin.commit()).isEqualTo(added.name());
      assertThat(origin.author()).isEqualTo("Grace Hopper <grace@example.org>");
      assertThat(origin.time()).isEqualTo(MONDAY);
      assertThat(origin.provenance().atHead()).isEqualTo(Provenance.AtHead.REMOVED);
      assertThat(origin.provenance().removedIn()).contains(deleted.name());
      assertThat(finding.primaryLocation().snippet()).doesNotContain(KEY_ID).doesNotContain(SECRET_KEY);
    }
  }

  private static RevCommit commit(Git git, String message, Instant when) throws Exception {
    git.add().addFilepattern(".").call();
    PersonIdent grace = new PersonIdent("Grace Hopper", "grace@example.org", when, ZoneOffset.UTC);
    return git.commit().setMessage(message).setAuthor(grace).setCommitter(grace).setSign(false).call();
  }
}
