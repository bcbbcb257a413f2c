package dev.overscope.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/json-report.md describes every field the JSON report has: a new field without its line fails here. */
class JsonReportDocumentationTest {
  @Test
  void everyFieldOfEveryRecordHasARowInTheDocument() throws IOException {
    String doc = Files.readString(Path.of("../docs/json-report.md"));
    List<String> missing = new ArrayList<>();
    for (Class<?> type : List.of(JsonReport.class, JsonReport.Summary.class, JsonReport.JsonFinding.class,
        JsonReport.JsonLocation.class, JsonReport.JsonNotice.class)) {
      for (RecordComponent component : type.getRecordComponents()) {
        if (!doc.contains("| `" + component.getName() + "`") && !doc.contains(", `" + component.getName() + "`")) {
          missing.add(type.getSimpleName() + "." + component.getName());
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(doc).contains("`" + JsonReport.SCHEMA + "`");
  }
}
