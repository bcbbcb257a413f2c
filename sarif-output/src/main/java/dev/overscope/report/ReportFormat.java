package dev.overscope.report;

import dev.overscope.report.github.GithubAnnotationsWriter;
import dev.overscope.report.json.JsonReportWriter;
import dev.overscope.report.markdown.MarkdownReportWriter;
import dev.overscope.report.sarif.SarifReportWriter;
import dev.overscope.report.text.TextReportWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a scan can be written in. */
public enum ReportFormat {
  TEXT,
  JSON,
  SARIF,
  MARKDOWN,
  /** GitHub Actions workflow commands ({@code ::error file=…::…}) that become annotations on the run and the diff. */
  GITHUB;

  /** A writer for this format; {@code colour} applies to text only. */
  public ReportWriter writer(boolean colour) {
    return writer(ReportOptions.defaults().withColour(colour));
  }

  public ReportWriter writer(ReportOptions options) {
    return switch (this) {
      case TEXT -> new TextReportWriter(options.colour());
      case JSON -> new JsonReportWriter();
      case SARIF -> new SarifReportWriter(options.sarifCategory());
      case MARKDOWN -> new MarkdownReportWriter();
      case GITHUB -> new GithubAnnotationsWriter();
    };
  }

  /** The name users type: {@code text}, {@code sarif}, {@code github}… */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ReportFormat parse(String text) {
    String wanted = text.trim().toUpperCase(Locale.ROOT);
    if (wanted.equals("MD")) {
      return MARKDOWN;
    }
    if (wanted.equals("ANNOTATIONS")) {
      return GITHUB;
    }
    try {
      return valueOf(wanted);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + text + "' (expected "
          + Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", ")) + ")");
    }
  }
}
