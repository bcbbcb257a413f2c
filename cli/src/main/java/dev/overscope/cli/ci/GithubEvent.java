package dev.overscope.cli.ci;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a GitHub Actions event says about the commits to scan, read from its payload.
 *
 * @param name the event name ({@code pull_request}, {@code push}, {@code schedule}…)
 * @param kind how the event chooses commits
 * @param base a pull request's base commit, or a push's {@code before} (all zeros for a new branch)
 * @param head a pull request's head commit, or a push's {@code after} (all zeros for a deleted branch)
 * @param ref the pushed ref ({@code refs/heads/feature}), for pushes
 * @param forced whether the push rewrote the branch
 * @param defaultBranch the repository's default branch ({@code main}), when the payload names it
 */
public record GithubEvent(String name, Kind kind, Optional<String> base, Optional<String> head, Optional<String> ref,
    boolean forced, Optional<String> defaultBranch) {
  /** The all-zero id GitHub sends for the missing side of a created or deleted branch. */
  public static final String ZERO = "0".repeat(40);
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");

  /** How an event chooses commits. */
  public enum Kind {
    /** pull_request, pull_request_target: the commits base..head. */
    PULL_REQUEST,
    /** push: the commits before..after. */
    PUSH,
    /** schedule, workflow_dispatch and any other event: the whole history. */
    FULL_HISTORY
  }

  /** Reads the event named {@code name} from its payload file. */
  public static GithubEvent read(String name, Path payload) throws CiException {
    Kind kind = switch (name) {
      case "pull_request", "pull_request_target" -> Kind.PULL_REQUEST;
      case "push" -> Kind.PUSH;
      default -> Kind.FULL_HISTORY;
    };
    if (kind == Kind.FULL_HISTORY) {
      return new GithubEvent(name, kind, Optional.empty(), Optional.empty(), Optional.empty(), false,
          Optional.empty());
    }
    JsonNode root = parse(payload);
    String defaultBranch = root.path("repository").path("default_branch").asText("");
    Optional<String> branch = Optional.of(defaultBranch).filter(text -> !text.isBlank());
    if (kind == Kind.PULL_REQUEST) {
      JsonNode pull = root.path("pull_request");
      return new GithubEvent(name, kind, Optional.of(sha(pull.path("base").path("sha"), "pull_request.base.sha")),
          Optional.of(sha(pull.path("head").path("sha"), "pull_request.head.sha")), Optional.empty(), false, branch);
    }
    String ref = root.path("ref").asText("");
    return new GithubEvent(name, kind, Optional.of(sha(root.path("before"), "before")),
        Optional.of(sha(root.path("after"), "after")), Optional.of(ref).filter(text -> !text.isBlank()),
        root.path("forced").asBoolean(false), branch);
  }

  private static JsonNode parse(Path payload) throws CiException {
    try {
      JsonNode root = new ObjectMapper().readTree(Files.readString(payload));
      if (root == null || !root.isObject()) {
        throw new CiException("the event payload " + payload + " is not a JSON object");
      }
      return root;
    } catch (NoSuchFileException e) {
      throw new CiException("the event payload " + payload + " does not exist (GITHUB_EVENT_PATH)");
    } catch (JacksonException e) {
      throw new CiException("the event payload " + payload + " is not valid JSON: "
          + e.getOriginalMessage().lines().findFirst().orElse("")
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
    } catch (IOException e) {
      throw new CiException("cannot read the event payload " + payload + ": " + e.getMessage());
    }
  }

  private static String sha(JsonNode node, String field) throws CiException {
    String text = node.isTextual() ? node.asText() : "";
    if (!SHA.matcher(text).matches()) {
      throw new CiException("the event payload has no commit id at " + field
          + (node.isMissingNode() ? "" : " (found " + abbreviate(node.toString()) + ")"));
    }
    return text;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
