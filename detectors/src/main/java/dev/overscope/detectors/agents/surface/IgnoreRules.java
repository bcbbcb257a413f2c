package dev.overscope.detectors.agents.surface;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The rules of one ignore or deny file, matched with git's own gitignore semantics (JGit), relative to the directory
 * the file sits in. As in git, a file under an ignored directory is ignored.
 *
 * @param directory the directory the rules are relative to, from the scanned root ("" for the root)
 * @param patterns the rules as written (after conversion for deny rules), for reports
 */
record IgnoreRules(String directory, List<String> patterns, IgnoreNode node) {

  static IgnoreRules of(String directory, List<String> patterns) {
    IgnoreNode node = new IgnoreNode();
    try {
      node.parse(new ByteArrayInputStream(String.join("\n", patterns).getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException("reading from memory cannot fail", e);
    }
    return new IgnoreRules(directory, List.copyOf(patterns), node);
  }

  /** True when the rules cover {@code relativePath} (from the scanned root). */
  boolean covers(String relativePath) {
    String inside;
    if (directory.isEmpty()) {
      inside = relativePath;
    } else if (relativePath.startsWith(directory + "/")) {
      inside = relativePath.substring(directory.length() + 1);
    } else {
      return false;
    }
    String[] segments = inside.split("/");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < segments.length - 1; i++) {
      if (i > 0) {
        prefix.append('/');
      }
      prefix.append(segments[i]);
      if (node.isIgnored(prefix.toString(), true) == IgnoreNode.MatchResult.IGNORED) {
        return true;
      }
    }
    return node.isIgnored(inside, false) == IgnoreNode.MatchResult.IGNORED;
  }
}
