package dev.overscope.report.markdown;

/** Opens the writer's escaping to tests in the parent package. */
public final class MarkdownAccess {
  private MarkdownAccess() {}

  public static String cell(String text) {
    return MarkdownReportWriter.cell(text);
  }

  public static String code(String text) {
    return MarkdownReportWriter.code(text);
  }
}
