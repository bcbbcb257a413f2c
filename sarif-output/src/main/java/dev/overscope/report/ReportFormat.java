package dev.overscope.report;

import dev.overscope.report.json.JsonReportWriter;
import dev.overscope.report.sarif.SarifReportWriter;
import dev.overscope.report.text.TextReportWriter;
import java.util.Locale;

/** The formats a scan can be written in. */
public enum ReportFormat {
  TEXT,
  JSON,
  SARIF;

  /** A writer for this format; {@code colour} applies to text only. */
  public ReportWriter writer(boolean colour) {
    return switch (this) {
      case TEXT -> new TextReportWriter(colour);
      case JSON -> new JsonReportWriter();
      case SARIF -> new SarifReportWriter();
    };
  }

  public static ReportFormat parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + text + "' (expected text, json or sarif)");
    }
  }
}
