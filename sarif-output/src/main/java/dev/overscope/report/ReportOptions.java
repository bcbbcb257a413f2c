package dev.overscope.report;

import java.util.Objects;
import java.util.Optional;

/**
 * What a writer may vary on: colour for the terminal, and the SARIF category GitHub code scanning files the run
 * under (so two analyses of one repository do not replace each other's alerts).
 */
public record ReportOptions(boolean colour, Optional<String> sarifCategory) {
  public ReportOptions {
    Objects.requireNonNull(sarifCategory, "sarifCategory");
  }

  public static ReportOptions defaults() {
    return new ReportOptions(false, Optional.empty());
  }

  public ReportOptions withColour(boolean wanted) {
    return new ReportOptions(wanted, sarifCategory);
  }

  public ReportOptions withSarifCategory(String category) {
    return new ReportOptions(colour, Optional.ofNullable(category).filter(text -> !text.isBlank()));
  }
}
