package dev.overscope.core.source;

/** What git thinks of a working-tree file. Agents read all of them alike; the report says which it is. */
public enum Tracking {
  TRACKED("tracked"),
  UNTRACKED("untracked"),
  IGNORED("git-ignored"),
  /** The scanned directory is not inside a git work tree, or git metadata could not be read. */
  NOT_IN_GIT("not in git");

  private final String label;

  Tracking(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
