package dev.overscope.core.scope;

/** Whether a credential reaches production systems, as far as can be told offline. */
public enum Environment {
  PRODUCTION("production"),
  TEST("test"),
  UNKNOWN("unknown");

  private final String label;

  Environment(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Environment fromLabel(String text) {
    String wanted = text.trim().toLowerCase(java.util.Locale.ROOT);
    for (Environment environment : values()) {
      if (environment.label.equals(wanted)) {
        return environment;
      }
    }
    throw new IllegalArgumentException(
        "unknown environment '" + text + "' (expected production, test or unknown)");
  }
}
