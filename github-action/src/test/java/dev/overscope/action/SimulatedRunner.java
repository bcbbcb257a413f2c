package dev.overscope.action;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the action's own shell steps as a GitHub runner would: expressions filled in, {@code GITHUB_*} files in a
 * temporary directory, {@code bash --noprofile --norc -eo pipefail}, the checkout as working directory. The Java
 * set-up, cache and SARIF upload steps belong to GitHub and are not run; the CLI jar comes from the reactor build.
 */
final class SimulatedRunner {
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([^}]+?)\\s*}}");
  static final Path JAR = ActionFile.DIRECTORY.resolve("../cli/target/overscope.jar").normalize();

  private final ActionFile action;
  private final Path workspace;
  private final Path runnerTemp;

  SimulatedRunner(ActionFile action, Path workspace, Path runnerTemp) {
    this.action = action;
    this.workspace = workspace;
    this.runnerTemp = runnerTemp;
  }

  /** What a step (or the action's last steps) left behind. */
  record StepRun(int exitCode, String stdout, String stderr, Map<String, String> outputs, String summary) {}

  /** Runs the scan step, then, as the composite does when its exit code is not 0, the step that fails the check. */
  StepRun runAction(String eventName, String payload, Map<String, String> inputOverrides) throws Exception {
    Map<String, String> inputs = new LinkedHashMap<>(action.defaults());
    inputs.putAll(inputOverrides);
    Path event = runnerTemp.resolve("event.json");
    Files.writeString(event, payload);
    StepRun scan = run(action.step("Scan"), eventName, event, inputs, Map.of());
    if (scan.exitCode() != 0) {
      return scan; // the step itself broke: the composite stops here
    }
    String code = scan.outputs().getOrDefault("exit-code", "");
    if (code.equals("0")) {
      return scan;
    }
    StepRun fail = run(action.step("Fail the check"), eventName, event, inputs, scan.outputs());
    return new StepRun(fail.exitCode(), scan.stdout() + fail.stdout(), scan.stderr() + fail.stderr(), scan.outputs(),
        scan.summary());
  }

  /** Runs one shell step with these inputs and the outputs of the steps before it (as {@code steps.scan}). */
  StepRun run(JsonNode step, String eventName, Path event, Map<String, String> inputs, Map<String, String> scanOutputs)
      throws Exception {
    Path output = Files.createTempFile(runnerTemp, "output", ".txt");
    Path summary = Files.createTempFile(runnerTemp, "summary", ".md");
    Path script = Files.createTempFile(runnerTemp, "step", ".sh");
    Files.writeString(script, expand(step.path("run").asText(), inputs, scanOutputs));
    ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
        .directory(workspace.toFile());
    Map<String, String> env = builder.environment();
    // A test run inside a real job must not see that job's event.
    env.keySet().removeIf(name -> name.startsWith("GITHUB_") || name.startsWith("RUNNER_") || name.startsWith("INPUT_"));
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_EVENT_NAME", eventName);
    env.put("GITHUB_EVENT_PATH", event.toString());
    env.put("GITHUB_WORKSPACE", workspace.toString());
    env.put("GITHUB_OUTPUT", output.toString());
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    env.put("GITHUB_WORKFLOW", "Overscope");
    env.put("GITHUB_JOB", "scan");
    env.put("RUNNER_TEMP", runnerTemp.toString());
    step.path("env").fields().forEachRemaining(entry ->
        env.put(entry.getKey(), expand(entry.getValue().asText(), inputs, scanOutputs)));
    Path stdout = Files.createTempFile(runnerTemp, "stdout", ".txt");
    Path stderr = Files.createTempFile(runnerTemp, "stderr", ".txt");
    Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("step '" + step.path("name").asText() + "' did not finish in 120 s");
    }
    return new StepRun(process.exitValue(), Files.readString(stdout), Files.readString(stderr), parseOutputs(output),
        Files.readString(summary, StandardCharsets.UTF_8));
  }

  private static String expand(String text, Map<String, String> inputs, Map<String, String> scanOutputs) {
    Matcher matcher = EXPRESSION.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String expression = matcher.group(1);
      String value;
      if (expression.equals("github.action_path")) {
        value = ActionFile.DIRECTORY.toString();
      } else if (expression.startsWith("inputs.")) {
        value = inputs.get(expression.substring("inputs.".length()));
      } else if (expression.startsWith("steps.scan.outputs.")) {
        value = scanOutputs.getOrDefault(expression.substring("steps.scan.outputs.".length()), "");
      } else {
        value = null;
      }
      if (value == null) {
        throw new AssertionError("the simulated runner cannot evaluate ${{ " + expression + " }}");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Reads {@code name=value} lines and the {@code name<<DELIMITER} form, as the runner does. */
  static Map<String, String> parseOutputs(Path file) throws IOException {
    Map<String, String> outputs = new HashMap<>();
    var lines = Files.readAllLines(file).iterator();
    while (lines.hasNext()) {
      String line = lines.next();
      int heredoc = line.indexOf("<<");
      int equals = line.indexOf('=');
      if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
        String delimiter = line.substring(heredoc + 2);
        StringBuilder value = new StringBuilder();
        for (String next = lines.next(); !next.equals(delimiter); next = lines.next()) {
          value.append(value.length() == 0 ? "" : "\n").append(next);
        }
        outputs.put(line.substring(0, heredoc), value.toString());
      } else if (equals > 0) {
        outputs.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return outputs;
  }
}
