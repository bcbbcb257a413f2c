package dev.overscope.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shape of action.yml: documented inputs and outputs, every input used, the steps the docs promise. */
class ActionFileTest {
  private final ActionFile action;

  ActionFileTest() throws Exception {
    action = ActionFile.read();
  }

  @Test
  void everyInputAndOutputHasADescription() {
    assertThat(action.inputs()).containsOnlyKeys("path", "fail-on", "config", "baseline", "scan-history",
        "sarif-file", "upload-sarif", "annotations", "timeout", "version");
    assertThat(action.outputs()).containsOnlyKeys("findings", "violations", "sarif-file", "failed");
    action.inputs().forEach((name, input) ->
        assertThat(input.path("description").asText()).as("input " + name).isNotBlank());
    action.outputs().forEach((name, output) -> {
      assertThat(output.path("description").asText()).as("output " + name).isNotBlank();
      assertThat(output.path("value").asText()).as("output " + name).isEqualTo("${{ steps.scan.outputs." + name + " }}");
    });
  }

  @Test
  void everyInputIsUsedByTheSteps() {
    String steps = action.steps().stream().map(JsonNode::toString).collect(Collectors.joining("\n"));
    action.inputs().keySet().forEach(name -> assertThat(steps).as("input " + name).contains("inputs." + name));
  }

  @Test
  void itIsACompositeActionOnJava17ThatUploadsSarifWithTheScansCategory() {
    assertThat(action.root().path("runs").path("using").asText()).isEqualTo("composite");
    JsonNode java = action.step("Set up Java 17");
    assertThat(java.path("uses").asText()).startsWith("actions/setup-java@");
    assertThat(java.path("with").path("distribution").asText()).isEqualTo("temurin");
    assertThat(java.path("with").path("java-version").asText()).isEqualTo("17");
    assertThat(action.step("Cache Maven dependencies").path("with").path("path").asText()).isEqualTo("~/.m2/repository");
    assertThat(action.step("Build the Overscope CLI").path("run").asText())
        .contains("mvn -B -q -f \"$ACTION_ROOT/pom.xml\" -DskipTests -pl cli -am package");
    JsonNode upload = action.step("Upload SARIF to code scanning");
    assertThat(upload.path("uses").asText()).isEqualTo("github/codeql-action/upload-sarif@v3");
    assertThat(upload.path("if").asText()).contains("always()").contains("inputs.upload-sarif == 'true'");
    assertThat(upload.path("with").path("category").asText()).isEqualTo("${{ steps.scan.outputs.sarif-category }}");
  }

  @Test
  void noStepPastesAnInputIntoItsScript() {
    // Inputs go through env: an input pasted into run: would let a workflow value inject shell code.
    action.steps().forEach(step ->
        assertThat(step.path("run").asText()).as(step.path("name").asText()).doesNotContain("${{"));
  }
}
