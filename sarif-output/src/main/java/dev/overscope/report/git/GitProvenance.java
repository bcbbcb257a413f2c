package dev.overscope.report.git;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Reads the repository around a scanned root with JGit: never runs git, never fails a report. */
public final class GitProvenance {
  /** {@code git@github.com:owner/repo.git}: scp-like syntax, which is not a URI. */
  private static final Pattern SCP_LIKE = Pattern.compile("(?:[^@/]+@)?([^:/]+):(?!//)(.+)");

  private GitProvenance() {}

  public static Optional<RepositoryInfo> read(Path root) {
    Path start = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
    if (start == null) {
      return Optional.empty();
    }
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(start.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try (Repository repository = builder.setMustExist(true).build()) {
      if (repository.isBare()) {
        return Optional.empty();
      }
      Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
      ObjectId head = repository.resolve(Constants.HEAD);
      String branch = repository.getBranch();
      Optional<String> branchName = branch == null || ObjectId.isId(branch) || head == null
          ? Optional.empty() : Optional.of(branch);
      return Optional.of(new RepositoryInfo(workTree, remote(repository).flatMap(GitProvenance::publicUri),
          Optional.ofNullable(head).map(ObjectId::name), branchName));
    } catch (IOException | RuntimeException e) {
      // Provenance is a courtesy: a damaged .git must not cost the user the report.
      return Optional.empty();
    }
  }

  private static Optional<String> remote(Repository repository) {
    var config = repository.getConfig();
    String origin = config.getString("remote", "origin", "url");
    if (origin != null) {
      return Optional.of(origin);
    }
    Set<String> names = config.getSubsections("remote");
    return names.stream().sorted().map(name -> config.getString("remote", name, "url"))
        .filter(url -> url != null).findFirst();
  }

  /**
   * The remote as an absolute URI without credentials: {@code https://user:token@host/x} loses its user info (a
   * token in a remote URL is a leak in its own right), and scp-like {@code git@host:owner/repo} becomes
   * {@code ssh://host/owner/repo}. Anything else that is not an absolute URI is left out.
   */
  public static Optional<String> publicUri(String remote) {
    String text = remote.strip();
    try {
      if (!text.contains("://")) {
        Matcher scp = SCP_LIKE.matcher(text);
        if (!scp.matches() || text.startsWith("/") || text.startsWith(".")) {
          return Optional.empty();
        }
        String path = scp.group(2).startsWith("/") ? scp.group(2) : "/" + scp.group(2);
        return Optional.of(new URI("ssh", scp.group(1), path, null).toASCIIString());
      }
      URI uri = new URI(text);
      if (uri.getScheme() == null || uri.getHost() == null && !"file".equals(uri.getScheme())) {
        return Optional.empty();
      }
      URI clean = new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
      return Optional.of(clean.toASCIIString());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
