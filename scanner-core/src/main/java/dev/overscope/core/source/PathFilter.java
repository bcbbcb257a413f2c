package dev.overscope.core.source;

import dev.overscope.core.config.Glob;
import java.util.List;

/**
 * Which working-tree paths a source reads at all ({@code paths:} in the configuration): a file is read when it
 * matches an include glob (or there are none) and neither it nor a folder above it matches an exclude glob, as in
 * {@code .gitignore}. Excluded folders are never walked, so {@code node_modules/**} costs nothing.
 */
public final class PathFilter {
  /** Reads everything. */
  public static final PathFilter ALL = new PathFilter(List.of(), List.of());

  private final List<Glob> include;
  private final List<Glob> exclude;

  private PathFilter(List<Glob> include, List<Glob> exclude) {
    this.include = include;
    this.exclude = exclude;
  }

  public static PathFilter of(List<String> include, List<String> exclude) {
    if (include.isEmpty() && exclude.isEmpty()) {
      return ALL;
    }
    return new PathFilter(include.stream().map(Glob::compile).toList(), exclude.stream().map(Glob::compile).toList());
  }

  /** True when the file at {@code path} (relative, forward slashes) is to be read. */
  public boolean includesFile(String path) {
    if (exclude.isEmpty()) {
      // The usual case, asked for every file of a scan: no folder to build a string for and test.
      return include.isEmpty() || include.stream().anyMatch(glob -> glob.matches(path));
    }
    if (exclude.stream().anyMatch(glob -> glob.matches(path))) {
      return false;
    }
    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      if (excludesFolder(path.substring(0, slash))) {
        return false;
      }
    }
    return include.isEmpty() || include.stream().anyMatch(glob -> glob.matches(path));
  }

  /**
   * True when an exclude glob names the folder itself ({@code build}) or covers anything below it
   * ({@code build/**}); {@code docs/*} covers only the folder's own files, so the folder is still walked.
   */
  public boolean excludesFolder(String folder) {
    if (exclude.isEmpty()) {
      return false;
    }
    String anyDeeperPath = folder + "/\u0001/\u0001";
    return exclude.stream().anyMatch(glob -> glob.matches(folder) || glob.matches(anyDeeperPath));
  }
}
