package dev.overscope.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.overscope.core.config.ConfigException;
import dev.overscope.core.config.ConfigLoader;
import dev.overscope.core.config.OverscopeConfig;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docs/configuration.md} documents every field of the configuration model, each with an example. */
class ConfigurationReferenceTest {
  private static final Path REFERENCE = Path.of("configuration.md");
  private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

  @TempDir
  Path dir;

  @Test
  void everyFieldOfTheModelHasAHeadingAndAYamlExample() throws IOException {
    String doc = Files.readString(REFERENCE, StandardCharsets.UTF_8);
    List<String> fields = new ArrayList<>();
    collectFields("", OverscopeConfig.class, fields);
    assertThat(fields).contains("policy.fail-on", "allowlist.reason", "rules.extends", "limits.history-depth");
    for (String field : fields) {
      String section = section(doc, field);
      assertThat(section).as("docs/configuration.md needs a heading with `%s`", field).isNotNull();
      assertThat(section).as("the section on `%s` needs a ```yaml example", field).contains("```yaml");
    }
  }

  @Test
  void everyYamlExampleIsAValidConfiguration() throws IOException {
    String doc = Files.readString(REFERENCE, StandardCharsets.UTF_8);
    Matcher blocks = YAML_BLOCK.matcher(doc);
    int count = 0;
    while (blocks.find()) {
      Path file = Files.writeString(dir.resolve(".overscope.yaml"), blocks.group(1));
      try {
        new ConfigLoader().load(file);
      } catch (ConfigException e) {
        // rule files named in examples do not exist here; anything else is a broken example
        assertThat(e.getMessage()).as("example %d of docs/configuration.md", count + 1)
            .contains("rule file not found");
      }
      count++;
    }
    assertThat(count).isGreaterThan(20);
  }

  /** Dotted YAML names of every component, walking into records and lists of records. */
  private static void collectFields(String prefix, Class<?> type, List<String> fields) {
    for (RecordComponent component : type.getRecordComponents()) {
      JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
      if (renamed == null) {
        renamed = fieldAnnotation(type, component.getName());
      }
      String name = prefix + (renamed != null ? renamed.value() : component.getName());
      fields.add(name);
      Class<?> nested = recordIn(component.getGenericType());
      if (nested != null) {
        collectFields(name + ".", nested, fields);
      }
    }
  }

  private static JsonProperty fieldAnnotation(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name).getAnnotation(JsonProperty.class);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  private static Class<?> recordIn(Type type) {
    if (type instanceof Class<?> plain && plain.isRecord()) {
      return plain;
    }
    if (type instanceof ParameterizedType generic) {
      for (Type argument : generic.getActualTypeArguments()) {
        Class<?> found = recordIn(argument);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The text under the heading that names {@code field} in backticks, up to the next heading. */
  private static String section(String doc, String field) {
    Pattern heading = Pattern.compile("^#{2,4} `" + Pattern.quote(field) + "`\\s*$", Pattern.MULTILINE);
    Matcher matcher = heading.matcher(doc);
    if (!matcher.find()) {
      return null;
    }
    int start = matcher.end();
    Matcher next = Pattern.compile("^#{2,4} ", Pattern.MULTILINE).matcher(doc);
    int end = next.find(start) ? next.start() : doc.length();
    return doc.substring(start, end);
  }
}
