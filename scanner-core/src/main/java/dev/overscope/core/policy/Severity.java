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
}
