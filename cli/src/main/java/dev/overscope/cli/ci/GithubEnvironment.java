package dev.overscope.cli.ci;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The GitHub Actions variables the CI mode reads, from a map (the process environment in production, a test's map
 * in tests) so that the mode never reaches for {@code System.getenv} itself.
 */
public record GithubEnvironment(Map<String, String> variables) {
  public GithubEnvironment {
    variables = Map.copyOf(variables);
  }

  /** {@code GITHUB_EVENT_NAME}: pull_request, push, schedule… */
  public String eventName() throws CiException {
    return required("GITHUB_EVENT_NAME");
  }

  /** {@code GITHUB_EVENT_PATH}: the JSON payload of the event that started the run. */
  public Path eventPath() throws CiException {
    return Path.of(required("GITHUB_EVENT_PATH"));
  }

  /** {@code GITHUB_OUTPUT}: the file step outputs are appended to. */
  public Optional<Path> output() {
    return path("GITHUB_OUTPUT");
  }

  /** {@code GITHUB_STEP_SUMMARY}: the file the step's Markdown summary is appended to. */
  public Optional<Path> stepSummary() {
    return path("GITHUB_STEP_SUMMARY");
  }

  /** {@code GITHUB_WORKSPACE}: the checkout, against which relative paths resolve. */
  public Optional<Path> workspace() {
    return path("GITHUB_WORKSPACE");
  }

  /** A code scanning category that stays the same from run to run of one job: {@code overscope/WORKFLOW/JOB}. */
  public String sarifCategory() {
    return "overscope/" + optional("GITHUB_WORKFLOW").orElse("workflow") + "/" + optional("GITHUB_JOB").orElse("job");
  }

  /** {@code path} against the workspace when it is relative and a workspace is set. */
  public Path resolve(Path path) {
    return path.isAbsolute() ? path : workspace().map(root -> root.resolve(path)).orElse(path).toAbsolutePath();
  }

  private String required(String name) throws CiException {
    return optional(name).orElseThrow(() -> new CiException(name + " is not set: --ci github runs inside a GitHub"
        + " Actions job"));
  }

  private Optional<String> optional(String name) {
    return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
  }

  private Optional<Path> path(String name) {
    return optional(name).map(Path::of);
  }
}
