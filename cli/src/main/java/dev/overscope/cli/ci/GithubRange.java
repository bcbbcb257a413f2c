package dev.overscope.cli.ci;

import dev.overscope.core.source.HistoryScope;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Which history an event's scan reads, checked against the clone: a pull request's base..head, a push's
 * before..after, a new or rewritten branch's commits that the default branch does not hold, the whole history for
 * scheduled and manual runs. Refuses, in one line, a clone that lacks the commits to tell new from old.
 */
public final class GithubRange {
  static final String FETCH_DEPTH = "check out with fetch-depth: 0 (actions/checkout) so that the new commits can"
      + " be told from the old ones";

  /**
   * The history to read.
   *
   * @param scope the history scope, {@link HistoryScope#none()} when the event brings no commit
   * @param description one line for the summary: what was scanned and why
   */
  public record Plan(HistoryScope scope, String description) {}

  private GithubRange() {}

  /** The plan for {@code event} in the repository holding {@code root}. */
  public static Plan plan(GithubEvent event, Path root) throws CiException {
    if (event.kind() == GithubEvent.Kind.FULL_HISTORY) {
      return new Plan(HistoryScope.allRefs(), "every ref's history (" + event.name() + " event)");
    }
    try (Repository repository = open(root)) {
      return event.kind() == GithubEvent.Kind.PULL_REQUEST ? pullRequest(event, repository) : push(event, repository);
    } catch (IOException e) {
      throw new CiException("cannot read the git repository at " + root + ": " + e.getMessage());
    }
  }

  private static Plan pullRequest(GithubEvent event, Repository repository) throws IOException, CiException {
    String base = event.base().orElseThrow();
    String head = event.head().orElseThrow();
    requirePresent(repository, head, "the pull request's head");
    requirePresent(repository, base, "the pull request's base");
    return range(repository, base, head, "the pull request's commits");
  }

  private static Plan push(GithubEvent event, Repository repository) throws IOException, CiException {
    String before = event.base().orElseThrow();
    String after = event.head().orElseThrow();
    String ref = event.ref().orElse("the branch");
    if (after.equals(GithubEvent.ZERO)) {
      return new Plan(HistoryScope.none(), "no commits: the push deleted " + ref);
    }
    requirePresent(repository, after, "the pushed commit");
    if (before.equals(GithubEvent.ZERO)) {
      return notOnDefaultBranch(event, repository, after, "the new " + ref + "'s commits");
    }
    boolean beforePresent = present(repository, before);
    if (beforePresent && isAncestor(repository, before, after)) {
      return range(repository, before, after, "the pushed commits");
    }
    if (!event.forced()) {
      // Not rewritten, so before must be an ancestor: only a shallow or partial clone hides it.
      throw new CiException("commit " + shortId(before) + " (the push's before) is not "
          + (beforePresent ? "reachable in this clone" : "in this clone") + ": " + FETCH_DEPTH);
    }
    return notOnDefaultBranch(event, repository, after, "the force-pushed " + ref + "'s commits");
  }

  /**
   * A new or rewritten branch has no trustworthy before: scan its commits that the default branch does not hold,
   * which is what the branch would bring by merging. The default branch itself, created or rewritten, gets its whole
   * history.
   */
  private static Plan notOnDefaultBranch(GithubEvent event, Repository repository, String after, String what)
      throws IOException, CiException {
    String branch = event.defaultBranch().orElseThrow(() -> new CiException(
        "the push event names no repository.default_branch, so the new commits cannot be told from the old ones"));
    if (event.ref().filter(ref -> ref.equals("refs/heads/" + branch)).isPresent()) {
      return new Plan(HistoryScope.allRefs(), "every ref's history (the default branch " + branch
          + " was created or rewritten)");
    }
    Optional<ObjectId> tip = resolve(repository, "refs/remotes/origin/" + branch)
        .or(() -> resolve(repository, "refs/heads/" + branch));
    if (tip.isEmpty()) {
      throw new CiException("the default branch " + branch + " is not in this clone: " + FETCH_DEPTH);
    }
    return range(repository, tip.get().name(), after, what + " not on " + branch);
  }

  private static Plan range(Repository repository, String base, String head, String what)
      throws IOException, CiException {
    if (base.equals(head)) {
      return new Plan(HistoryScope.none(), "no commits: base equals head (" + shortId(head) + ")");
    }
    if (!repository.getObjectDatabase().getShallowCommits().isEmpty() && !connected(repository, base, head)) {
      throw new CiException("this clone is shallow and " + shortId(base) + " and " + shortId(head)
          + " share no commit in it: " + FETCH_DEPTH);
    }
    return new Plan(HistoryScope.range(base, head), what + ", " + shortId(base) + ".." + shortId(head));
  }

  private static void requirePresent(Repository repository, String id, String role) throws CiException {
    if (!present(repository, id)) {
      throw new CiException("commit " + shortId(id) + " (" + role + ") is not in this clone: " + FETCH_DEPTH);
    }
  }

  private static boolean present(Repository repository, String id) {
    try (RevWalk walk = new RevWalk(repository)) {
      walk.parseCommit(ObjectId.fromString(id));
      return true;
    } catch (IOException e) {
      return false; // missing (shallow or partial clone) or not a commit
    }
  }

  private static boolean isAncestor(Repository repository, String ancestor, String tip) throws IOException {
    try (RevWalk walk = new RevWalk(repository)) {
      return walk.isMergedInto(walk.parseCommit(ObjectId.fromString(ancestor)),
          walk.parseCommit(ObjectId.fromString(tip)));
    }
  }

  /** Whether the two commits share an ancestor inside a shallow clone, so that base..head stops where it should. */
  private static boolean connected(Repository repository, String base, String head) throws IOException {
    try (RevWalk walk = new RevWalk(repository)) {
      walk.setRevFilter(RevFilter.MERGE_BASE);
      walk.markStart(walk.parseCommit(ObjectId.fromString(base)));
      walk.markStart(walk.parseCommit(ObjectId.fromString(head)));
      RevCommit common = walk.next();
      return common != null;
    }
  }

  private static Optional<ObjectId> resolve(Repository repository, String name) {
    try {
      Ref ref = repository.exactRef(name);
      return ref == null ? Optional.empty() : Optional.ofNullable(ref.getObjectId());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Repository open(Path root) throws IOException, CiException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
    if (builder.getGitDir() == null) {
      throw new CiException(root + " is not in a git repository: check out the repository (actions/checkout,"
          + " fetch-depth: 0) before the scan");
    }
    return builder.setMustExist(true).build();
  }

  static String shortId(String id) {
    return id.substring(0, Math.min(10, id.length()));
  }
}
