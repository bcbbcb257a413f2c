package dev.overscope.core.scope;

/** Blast radius of a credential, from most to least power. */
public enum Scope {
  /** Whole account, organisation or cluster: can delete everything or mint new credentials. */
  ROOT("root"),
  /** Everything a user can do, across projects, or org-wide but permission-limited. */
  BROAD("broad"),
  /** Scope not visible offline; the policy treats it as {@link #BROAD}. */
  UNKNOWN("unknown"),
  /** One project, environment or resource set, or restricted permissions. */
  SCOPED("scoped"),
  /** Can read but not change anything. */
  READ_ONLY("read-only"),
  /** Made to ship to clients (publishable keys, anon keys). */
  PUBLIC("public");

  private final String label;

  Scope(String label) {
    this.label = label;
  }

  /** The lower-case name used in rule files, reports and policy expressions. */
  public String label() {
    return label;
  }

  /** Power as the policy weighs it: {@link #UNKNOWN} counts as {@link #BROAD}. */
  public int weight() {
    return switch (this) {
      case ROOT -> 5;
      case BROAD, UNKNOWN -> 4;
      case SCOPED -> 3;
      case READ_ONLY -> 2;
      case PUBLIC -> 1;
    };
  }

  /** Parses a label such as {@code read-only} or {@code root}; case and {@code _} are forgiven. */
  public static Scope fromLabel(String text) {
    String wanted = text.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    for (Scope scope : values()) {
      if (scope.label.equals(wanted)) {
        return scope;
      }
    }
    throw new IllegalArgumentException(
        "unknown scope '" + text + "' (expected root, broad, unknown, scoped, read-only or public)");
  }
}
