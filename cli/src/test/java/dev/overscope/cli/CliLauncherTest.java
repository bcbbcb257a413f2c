package dev.overscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The launcher names methods for the JIT; a rename would silently undo the tuning, so the names are checked. */
class CliLauncherTest {
  private static final Pattern METHOD = Pattern.compile("'([\\w.$]+)::(\\w+)'");

  @Test
  void everyMethodTheLauncherKeepsApartFromInliningExists() throws IOException, ClassNotFoundException {
    String launcher = Files.readString(Path.of("..", "overscope"));
    Matcher named = METHOD.matcher(launcher);
    List<String> checked = new ArrayList<>();
    while (named.find()) {
      Class<?> type = Class.forName(named.group(1));
      assertThat(Arrays.stream(type.getDeclaredMethods()).map(java.lang.reflect.Method::getName))
          .as("%s in the launcher", named.group(0)).contains(named.group(2));
      checked.add(named.group(0));
    }
    assertThat(checked).hasSize(7);
  }
}
