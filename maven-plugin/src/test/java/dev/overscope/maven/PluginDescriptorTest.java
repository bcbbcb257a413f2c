package dev.overscope.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The descriptor maven-plugin-plugin generated from the annotations: what a team gets when it adds the plugin with no
 * configuration, and what {@code mvn overscope:help -Ddetail} shows.
 */
class PluginDescriptorTest {
  private static Document descriptor;

  @BeforeAll
  static void readDescriptor() throws Exception {
    Path file = Path.of("target/classes/META-INF/maven/plugin.xml");
    descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  @Test
  void checkRunsInVerifyIsThreadSafeAndAnswersToTheOverscopePrefix() {
    assertThat(text(descriptor.getDocumentElement(), "goalPrefix")).isEqualTo("overscope");
    Element check = mojo("check");
    assertThat(text(check, "phase")).isEqualTo("verify");
    assertThat(text(check, "threadSafe")).isEqualTo("true");
    assertThat(text(check, "requiresProject")).isEqualTo("true");
    assertThat(text(mojo("baseline"), "phase")).isEmpty();
    assertThat(mojo("help")).isNotNull();
  }

  @Test
  void defaultsScanOnceWithHistoryFailOnErrorsAndWriteSarifToTheBuildDirectory() {
    Map<String, String> defaults = defaults(mojo("check"));
    assertThat(defaults).containsEntry("skip", "false")
        .containsEntry("configFile", ".overscope.yaml")
        .containsEntry("sarifFile", "${project.build.directory}/overscope.sarif")
        .containsEntry("scanHistory", "true")
        .containsEntry("perModule", "false")
        .containsEntry("failOnError", "true")
        // Unset: the configuration file's policy, else root:workspace; its baseline, else the default file if
        // present; no JSON report.
        .containsEntry("failOn", null)
        .containsEntry("baseline", null)
        .containsEntry("jsonFile", null)
        .containsEntry("since", null);
  }

  @Test
  void everyUserParameterIsAnOverscopeUserPropertyWithADescription() {
    for (String goal : new String[] {"check", "baseline"}) {
      NodeList configuration = ((Element) mojo(goal).getElementsByTagName("configuration").item(0)).getChildNodes();
      Map<String, String> descriptions = descriptions(mojo(goal));
      int userParameters = 0;
      for (int i = 0; i < configuration.getLength(); i++) {
        if (!(configuration.item(i) instanceof Element parameter) || parameter.getTextContent().isBlank()) {
          continue; // project and session: read-only, injected by Maven
        }
        userParameters++;
        String name = parameter.getTagName();
        assertThat(parameter.getTextContent()).as(goal + " " + name).isEqualTo("${overscope." + name + "}");
        assertThat(descriptions.get(name)).as(goal + " " + name + " description").hasSizeGreaterThan(40);
      }
      assertThat(userParameters).isGreaterThanOrEqualTo(goal.equals("check") ? 10 : 7);
    }
  }

  @Test
  void historyAlsoAnswersToIncludeHistoryInThePom() {
    NodeList parameters = mojo("check").getElementsByTagName("parameter");
    for (int i = 0; i < parameters.getLength(); i++) {
      Element parameter = (Element) parameters.item(i);
      if (text(parameter, "name").equals("scanHistory")) {
        assertThat(text(parameter, "alias")).isEqualTo("includeHistory");
        return;
      }
    }
    throw new AssertionError("no scanHistory parameter");
  }

  private static Element mojo(String goal) {
    NodeList mojos = descriptor.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      if (text(mojo, "goal").equals(goal)) {
        return mojo;
      }
    }
    throw new AssertionError("no goal " + goal);
  }

  private static Map<String, String> defaults(Element mojo) {
    Map<String, String> defaults = new HashMap<>();
    NodeList configuration = ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
    for (int i = 0; i < configuration.getLength(); i++) {
      if (configuration.item(i) instanceof Element parameter) {
        String value = parameter.getAttribute("default-value");
        defaults.put(parameter.getTagName(), value.isEmpty() ? null : value);
      }
    }
    return defaults;
  }

  private static Map<String, String> descriptions(Element mojo) {
    Map<String, String> descriptions = new HashMap<>();
    NodeList parameters = mojo.getElementsByTagName("parameter");
    for (int i = 0; i < parameters.getLength(); i++) {
      Element parameter = (Element) parameters.item(i);
      descriptions.put(text(parameter, "name"), text(parameter, "description"));
    }
    return descriptions;
  }

  /** The text of the direct child {@code tag}, or empty. */
  private static String text(Element parent, String tag) {
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child && child.getTagName().equals(tag)) {
        return child.getTextContent().strip();
      }
    }
    return "";
  }
}
