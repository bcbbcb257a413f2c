package dev.overscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every built-in rule's positive examples, planted where agents read them (AGENTS.md, .env, an MCP config) and in a
 * commit that was later removed, scanned with every output at once: no report, file, summary, log line or message
 * may hold a secret in full. The same scan with {@code --show-secrets} does print them, which proves the check can
 * fail.
 */
class NoLeakTest {
  private static final ExampleSecrets EXAMPLES = ExampleSecrets.ofBuiltinRules();
  private static final PersonIdent ADA = new PersonIdent("Ada Lovelace", "ada@example.org");

  @TempDir
  static Path repo;
  @TempDir
  static Path outside;

  @BeforeAll
  static void plantEveryExample() throws Exception {
    String all = String.join("\n\n\n", EXAMPLES.texts()) + "\n";
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.writeString(repo.resolve("AGENTS.md"), "# Agents\n\nDeploy notes:\n\n" + all);
      Files.createDirectories(repo.resolve("deploy"));
      Files.writeString(repo.resolve("deploy/credentials.txt"), "# handed over\n\n" + all);
      git.add().addFilepattern(".").call();
      // Subjects are whatever a committer wrote, and people paste what they rotate into them.
      String pasted = String.join(" ", EXAMPLES.secrets().stream().map(ExampleSecrets.Secret::value)
          .filter(secret -> secret.length() <= 40 && secret.chars().noneMatch(Character::isWhitespace))
          .limit(3).toList());
      git.commit().setMessage("Add credentials " + pasted + "\n\n" + pasted).setAuthor(ADA).setCommitter(ADA)
          .setSign(false).call();
      git.rm().addFilepattern("deploy/credentials.txt").call();
      git.commit().setMessage("Remove credentials").setAuthor(ADA).setCommitter(ADA).setSign(false).call();
    }
    Files.writeString(repo.resolve(".env"), all);
    ObjectMapper json = new ObjectMapper();
    ObjectNode servers = json.createObjectNode();
    for (int i = 0; i < EXAMPLES.texts().size(); i++) {
      ObjectNode server = servers.putObject("server-" + i);
      server.put("command", "npx");
      server.putArray("args").add("-y").add("@acme/mcp-server");
      server.putObject("env").put("SERVICE_CONFIG", EXAMPLES.texts().get(i));
    }
    ObjectNode config = json.createObjectNode();
    config.set("mcpServers", servers);
    Files.writeString(repo.resolve(".mcp.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(config));
  }

  /** What one in-process run printed, on its streams and on the JVM's own (where any stray log would go). */
  private record Captured(int exitCode, String out, String err, String jvmOut) {
    void into(Map<String, String> texts, String name) {
      texts.put(name + ": stdout", out);
      texts.put(name + ": stderr", err);
      texts.put(name + ": JVM streams", jvmOut);
    }
  }

  private static Captured run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream jvm = new ByteArrayOutputStream();
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    PrintStream capture = new PrintStream(jvm, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    int code;
    try {
      code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
    return new Captured(code, out.toString(), err.toString(), jvm.toString(StandardCharsets.UTF_8));
  }

  private static Captured run(String... args) {
    return run(Map.of(), args);
  }

  @Test
  void theFixtureHoldsEveryRulesExampleSecrets() {
    assertThat(EXAMPLES.secrets()).hasSizeGreaterThan(300);
    assertThat(EXAMPLES.secrets().stream().map(ExampleSecrets.Secret::ruleId).distinct().count())
        .isGreaterThan(250);
  }

  @Test
  void noOutputOfAnyCommandHoldsASecretInFull() throws Exception {
    Map<String, String> texts = new LinkedHashMap<>();
    Path event = Files.writeString(outside.resolve("event.json"), "{}");
    Map<String, String> runner = Map.of("GITHUB_EVENT_NAME", "schedule", "GITHUB_EVENT_PATH", event.toString(),
        "GITHUB_WORKSPACE", repo.toString(), "GITHUB_OUTPUT", outside.resolve("github-output").toString(),
        "GITHUB_STEP_SUMMARY", outside.resolve("step-summary.md").toString());
    Captured ci = run(runner, "scan", "--ci", "github", "--no-color", "--format", "text",
        "--sarif", outside.resolve("ci.sarif").toString(), "--json", outside.resolve("ci.json").toString(),
        "--markdown", outside.resolve("ci.md").toString(), "--annotations", "--fail-on", "root:history");
    assertThat(ci.exitCode()).isEqualTo(ExitCode.POLICY_FAILED);
    ci.into(texts, "scan --ci github");
    JsonNode report = new ObjectMapper().readTree(outside.resolve("ci.json").toFile());
    assertThat(report.path("findings").size()).isGreaterThan(300);

    for (String format : List.of("json", "sarif", "markdown", "github", "text")) {
      Captured run = run("scan", repo.toString(), "--no-color", "--format", format);
      assertThat(run.exitCode()).as(format).isEqualTo(ExitCode.POLICY_FAILED);
      run.into(texts, "scan --format " + format);
    }
    Captured baseline = run("baseline", "create", repo.toString(), "--output",
        outside.resolve("baseline.json").toString());
    assertThat(baseline.exitCode()).isEqualTo(ExitCode.PASSED);
    baseline.into(texts, "baseline create");
    List<String> ids = new ArrayList<>();
    report.path("findings").forEach(finding -> ids.add(finding.path("id").asText()));
    for (String id : List.of(ids.get(0), ids.get(ids.size() / 2), ids.get(ids.size() - 1))) {
      Captured explain = run("explain", id, repo.toString());
      assertThat(explain.exitCode()).isEqualTo(ExitCode.PASSED);
      explain.into(texts, "explain " + id);
    }
    try (Stream<Path> written = Files.list(outside)) {
      for (Path file : written.toList()) {
        texts.put(file.getFileName().toString(), Files.readString(file));
      }
    }

    List<String> leaks = new ArrayList<>();
    texts.forEach((where, text) -> DecodedForms.of(text).forEach(form -> leaks.addAll(EXAMPLES.leaksIn(where, form))));
    assertThat(texts.keySet()).contains("ci.sarif", "ci.json", "ci.md", "baseline.json", "github-output",
        "step-summary.md");
    assertThat(leaks).isEmpty();
  }

  @Test
  void withShowSecretsTheTextAndJsonReportsDoPrintThem() throws Exception {
    Path json = outside.resolve("shown.json");
    Captured shown = run("scan", repo.toString(), "--no-color", "--show-secrets", "--json", json.toString());
    List<String> revealed = new ArrayList<>();
    new ObjectMapper().readTree(json.toFile()).path("findings")
        .forEach(finding -> revealed.add(finding.path("secret").asText()));
    Files.delete(json);
    int inText = EXAMPLES.foundIn(shown.out()).size();
    int inJson = EXAMPLES.foundIn(String.join("\n", revealed)).size();
    // Nearly every example is found where it is planted; the few that are not are never reported at all.
    assertThat(inText).isGreaterThan(EXAMPLES.secrets().size() * 9 / 10);
    assertThat(inJson).isEqualTo(inText);
  }
}
