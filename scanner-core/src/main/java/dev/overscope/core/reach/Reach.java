package dev.overscope.core.reach;

/** How directly a coding agent gets to a credential, from worst to least. */
public enum Reach {
  /** Loaded into every agent session without asking: instruction files, their imports, MCP configs. */
  CONTEXT("context"),
  /** Any file in the tree, tracked, untracked or git-ignored: agents read {@code .env}. */
  WORKSPACE("workspace"),
  /** Only in git objects: one {@code git log -p} away. */
  HISTORY("history"),
  /** In the user's home credential stores, outside the repository. */
  HOME("home");

  private final String label;

  Reach(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** True when this reach is at least as close to an agent as {@code other}. */
  public boolean atLeast(Reach other) {
    return ordinal() <= other.ordinal();
  }

  /** The closer of two reaches. */
  public static Reach closest(Reach a, Reach b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  public static Reach fromLabel(String text) {
    String wanted = text.trim().toLowerCase(java.util.Locale.ROOT);
    for (Reach reach : values()) {
      if (reach.label.equals(wanted)) {
        return reach;
      }
    }
    throw new IllegalArgumentException(
        "unknown reach '" + text + "' (expected context, workspace, history or home)");
  }
}
