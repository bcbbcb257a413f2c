package dev.overscope.detectors.image;

import dev.overscope.detectors.agents.AgentProfiles;
import dev.overscope.detectors.home.HomeStores;
import dev.overscope.detectors.java.SinkCatalog;
import dev.overscope.detectors.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The build step (exec-maven-plugin, process-classes) that writes every {@link ParsedImage} into the classes folder,
 * after the YAML has been copied there: a rule file that does not load fails the build, not a user's first scan.
 */
public final class BuiltinImages {
  /** The file name of an image, in the folder of the YAML it was parsed from. */
  public static final String FILE_NAME = "parsed.bin";

  private BuiltinImages() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: BuiltinImages <classes directory>");
    }
    Path classes = Path.of(args[0]);
    BuiltinRules.writeImage(classes);
    AgentProfiles.writeImage(classes);
    SinkCatalog.writeImage(classes);
    HomeStores.writeImage(classes);
  }
}
