package dev.overscope.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.overscope.core.engine.ByteText;
import dev.overscope.core.engine.Detection;
import dev.overscope.core.engine.Engine;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.scan.ScanRequestFactory;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.detectors.rules.BuiltinRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every built-in rule's positive examples in a file Claude Code loads, through {@code check}: the build log, the
 * failure message and the reports it writes name each credential, redacted, and never hold one in full.
 */
class CheckFailureLeakTest {
  @TempDir
  Path root;

  /** Collects what the goal logs, as Maven would print it. */
  private static final class CapturedLog extends SystemStreamLog {
    final StringBuilder text = new StringBuilder();

    @Override
    public void info(CharSequence content) {
      text.append("[INFO] ").append(content).append('\n');
    }

    @Override
    public void warn(CharSequence content) {
      text.append("[WARNING] ").append(content).append('\n');
    }

    @Override
    public void error(CharSequence content) {
      text.append("[ERROR] ").append(content).append('\n');
    }
  }

  @Test
  void theFailureMessageLogAndReportsNeverHoldASecretInFull() throws Exception {
    BuiltinRules catalogue = new BuiltinRules();
    Engine engine = new Engine(catalogue.rules(), catalogue.globalFilters());
    Map<String, String> secrets = new LinkedHashMap<>();
    List<String> texts = new ArrayList<>();
    for (Rule rule : catalogue.rules()) {
      for (Rule.Example example : rule.examples().positive()) {
        texts.add(example.text());
        for (Detection found : engine.scan(new ByteText(example.text().getBytes(StandardCharsets.UTF_8)))) {
          if (found.rule().id().equals(rule.id()) && found.secret().length() >= 8) {
            secrets.put(found.secret(), rule.id());
          }
        }
      }
    }
    Files.writeString(root.resolve("CLAUDE.md"), "# Project notes\n\n" + String.join("\n\n\n", texts) + "\n");
    CheckMojo mojo = new CheckMojo();
    mojo.configFile = ".overscope.yaml";
    mojo.scanHistory = false;
    mojo.failOnError = true;
    mojo.failOn = "unknown:context";
    mojo.sarifFile = root.resolve("target/overscope.sarif").toFile();
    mojo.jsonFile = root.resolve("target/overscope.json").toFile();
    CapturedLog log = new CapturedLog();
    mojo.setLog(log);
    ScanRequestFactory.Prepared prepared = mojo.prepare(root);
    ScanResult result = mojo.scanner(prepared).scan(prepared.request());

    Throwable failure = catchThrowable(() -> mojo.afterScan(root, prepared, result));

    assertThat(failure).isInstanceOf(MojoFailureException.class);
    assertThat(result.findings()).hasSizeGreaterThan(300);
    Map<String, String> outputs = Map.of("failure message", failure.getMessage(), "build log", log.text.toString(),
        "SARIF report", Files.readString(mojo.sarifFile.toPath()),
        "JSON report", Files.readString(mojo.jsonFile.toPath()));
    List<String> leaks = new ArrayList<>();
    outputs.forEach((where, text) -> secrets.forEach((secret, rule) -> {
      if (text.contains(secret)) {
        leaks.add(rule + " in " + where); // never the secret itself, even in a failing test's output
      }
    }));
    assertThat(leaks).isEmpty();
    // The check can fail: the file itself holds every one of them.
    String planted = Files.readString(root.resolve("CLAUDE.md"));
    assertThat(secrets.keySet()).hasSizeGreaterThan(300).allMatch(planted::contains);
    assertThat(failure.getMessage().lines().filter(line -> line.startsWith("  CLAUDE.md:"))).hasSizeGreaterThan(100);
  }
}
