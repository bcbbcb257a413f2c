package dev.overscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overscope.detectors.testing.FakeTokens;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repositories built to hurt, end to end: what the user sees, the exit code, and that nothing forges output. */
class HostileRepositoryCommandTest {
  private final FakeTokens tokens = new FakeTokens(4242);

  @TempDir
  Path dir;

  private void token(String name) throws IOException {
    Files.writeString(dir.resolve(name), "RAILWAY_API_TOKEN=" + tokens.uuid() + "\n");
  }

  @Test
  void fileNamesCannotForgeReportLinesAndOddNamesAreStillScanned() throws Exception {
    token("evil\n::error title=forged::pwned.env");
    token("clear\u001b[2Jscreen.env");
    token("a..b");
    token("...");
    Process shell = new ProcessBuilder("/bin/sh", "-c",
        "printf 'RAILWAY_API_TOKEN=%s\\n' '" + tokens.uuid() + "' > \"$(printf 'raw\\377name.env')\"")
        .directory(dir.toFile()).start();
    assumeTrue(shell.waitFor() == 0, "/bin/sh can create a file named with a byte that is not UTF-8");
    Path sarif = dir.resolve("../report.sarif").normalize();

    CliRun run = CliRun.of("scan", dir.toString(), "--no-color", "--annotations", "--sarif", sarif.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.POLICY_FAILED);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("5 findings")
        .contains("evil\\x0a::error title=forged::pwned.env:1", "clear\\x1b[2Jscreen.env:1", "a..b:1", "...:1")
        .containsPattern("raw.name\\.env:1");
    List<String> lines = run.out().lines().toList();
    assertThat(lines).noneMatch(line -> line.startsWith("::error title=forged"))
        .noneMatch(line -> line.contains("\u001b"))
        .filteredOn(line -> line.startsWith("::error ")).hasSize(5)
        .allMatch(line -> line.startsWith("::error file=") && !line.contains("\n"));
    JsonNode results = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results");
    assertThat(results).hasSize(5);
    results.forEach(result -> assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .doesNotStartWith("../").doesNotStartWith("/"));
  }

  @Test
  void aPackCutInHalfIsOneNoticeAndTheWorkingTreeStillDecidesTheExitCode() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      PersonIdent ada = new PersonIdent("Ada Lovelace", "ada@example.org");
      for (int i = 0; i < 30; i++) {
        Files.writeString(dir.resolve("file" + i + ".txt"), ("line " + i + "\n").repeat(200));
        git.add().addFilepattern(".").call();
        git.commit().setMessage("Commit " + i).setAuthor(ada).setCommitter(ada).setSign(false).call();
      }
      git.gc().call();
    }
    Path pack;
    try (Stream<Path> files = Files.list(dir.resolve(".git/objects/pack"))) {
      pack = files.filter(file -> file.toString().endsWith(".pack")).findFirst().orElseThrow();
    }
    try (RandomAccessFile file = new RandomAccessFile(pack.toFile(), "rw")) {
      file.setLength(file.length() / 2);
    }
    Path json = dir.resolve("../damaged.json").normalize();

    CliRun clean = CliRun.of("scan", dir.toString(), "--no-color", "--json", json.toString());

    // Documented: a damaged history is a notice in every report; the policy alone decides 0 or 1.
    assertThat(clean.exitCode()).isEqualTo(ExitCode.PASSED);
    assertThat(clean.out().lines().filter(line -> line.startsWith("incomplete: "))).singleElement()
        .asString().contains("missing or unreadable objects");
    assertThat(clean.out()).contains("Scanned 30 files");
    JsonNode notices = new ObjectMapper().readTree(json.toFile()).path("notices");
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).path("kind").asText()).isEqualTo("history incomplete");
    assertThat(clean.err()).isEmpty();

    token(".env");
    CliRun failing = CliRun.of("scan", dir.toString(), "--no-color");
    assertThat(failing.exitCode()).isEqualTo(ExitCode.POLICY_FAILED);
    assertThat(failing.out()).contains(".env:1").contains("Policy FAILED");
  }

  @Test
  void aMalformedHugeOrTaggedConfigurationIsOneLineAndExitCodeTwo() throws IOException {
    StringBuilder huge = new StringBuilder("agents:\n");
    while (huge.length() <= 1 << 20) {
      huge.append("  - claude-code\n");
    }
    List<String> configurations = List.of(
        "policy:\n  fail-on: [root:workspace\nagents: {\n",
        huge.toString(),
        "policy: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
            + " [\"http://example.invalid/\"]]]]\n",
        "policy:\n  fail-on: !foo [root:workspace]\n");
    List<String> expected = List.of("malformed YAML", "larger than 1 MiB", "YAML tags (!name, !!type) are not allowed",
        "YAML tags (!name, !!type) are not allowed");
    for (int i = 0; i < configurations.size(); i++) {
      Files.writeString(dir.resolve(".overscope.yaml"), configurations.get(i));
      CliRun run = CliRun.of("scan", dir.toString());
      assertThat(run.exitCode()).as("configuration %d", i).isEqualTo(ExitCode.USAGE);
      assertThat(run.err().strip()).as("configuration %d", i).startsWith("overscope: configuration error: ")
          .contains(expected.get(i)).doesNotContain("\n").doesNotContain("Exception").doesNotContain("dev.overscope");
      assertThat(run.out()).isEmpty();
    }
  }
}
