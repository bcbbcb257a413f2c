package dev.overscope.core.policy;

/** How loudly a finding is reported; the names follow SARIF's {@code level}. */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  NOTE("note");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Severity fromLabel(String text) {
    String wanted = text.trim().toLowerCase(java.util.Locale.ROOT);
    for (Severity severity : values()) {
      if (severity.label.equals(wanted)) {
        return severity;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning or note)");
  }
}
