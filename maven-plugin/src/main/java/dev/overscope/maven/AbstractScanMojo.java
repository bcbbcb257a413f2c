package dev.overscope.maven;

import dev.overscope.core.config.ConfigLoader;
import dev.overscope.core.scan.ScanOptions;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanRequestFactory;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.ScanSetupException;
import dev.overscope.core.scan.Scanner;
import dev.overscope.core.source.Messages;
import dev.overscope.core.source.SourceException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What {@code check} and {@code baseline} share: the parameters that shape a scan, running once per reactor, and
 * building the {@link ScanRequest} exactly as the CLI does ({@link ScanRequestFactory}).
 */
abstract class AbstractScanMojo extends AbstractMojo {
  static final String DEFAULT_BASELINE = ".overscope-baseline.json";

  /** Skip Overscope entirely: nothing is scanned and nothing is written. */
  @Parameter(property = "overscope.skip", defaultValue = "false")
  boolean skip;

  /**
   * The configuration file, the same {@code .overscope.yaml} the {@code overscope} command reads (policy, allowlist
   * with reasons, limits). A relative path is resolved against the scanned directory. The default file is optional;
   * a file named here explicitly must exist.
   */
  @Parameter(property = "overscope.configFile", defaultValue = ConfigLoader.FILE_NAME)
  String configFile;

  /**
   * The baseline: findings a team has accepted, written by {@code mvn overscope:baseline}. Findings listed there do
   * not fail {@code check}; new ones do. A relative path is resolved against the scanned directory; the file is
   * optional.
   */
  @Parameter(property = "overscope.baseline", defaultValue = DEFAULT_BASELINE)
  String baseline;

  /**
   * Also scan the git history below the scanned directory, when it is inside a git repository: a secret deleted
   * from the tree is still one {@code git log -p} away.
   */
  @Parameter(alias = "includeHistory", property = "overscope.scanHistory", defaultValue = "true")
  boolean scanHistory;

  /**
   * Scan only the history a branch adds on top of this revision ({@code since..HEAD}), e.g. {@code origin/main} in
   * a pull-request build. Empty scans every ref.
   */
  @Parameter(property = "overscope.since")
  String since;

  /**
   * Scan every module's own directory in its own execution. By default the scan runs once per build, at the
   * top-level project, and covers every module below it.
   */
  @Parameter(property = "overscope.perModule", defaultValue = "false")
  boolean perModule;

  /** Fail the build when the scan itself fails (an unreadable directory or repository), not only on findings. */
  @Parameter(property = "overscope.failOnError", defaultValue = "true")
  boolean failOnError;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Overscope: skipped (overscope.skip)");
      return;
    }
    if (!perModule && !isTopLevel(project, session.getTopLevelProject())) {
      getLog().info("Overscope: " + project.getArtifactId() + " is covered by the scan of the top-level project"
          + " (set perModule to scan each module on its own)");
      return;
    }
    Path root = project.getBasedir().toPath().toAbsolutePath().normalize();
    ScanRequest request = request(root);
    getLog().info("Overscope: scanning " + root + describeHistory());
    ScanResult result;
    try {
      result = Scanner.builder().withInstalledPlugins().build().scan(request);
    } catch (SourceException | RuntimeException e) {
      String message = "Overscope: the scan failed: " + Messages.oneLine(e);
      if (failOnError) {
        throw new MojoExecutionException(message + " (set failOnError to false to carry on)", e);
      }
      getLog().warn(message + " (failOnError is false: the build carries on)");
      return;
    }
    afterScan(root, result);
  }

  /** What the goal does with a finished scan. */
  abstract void afterScan(Path root, ScanResult result) throws MojoExecutionException, MojoFailureException;

  /** The fail-on list this goal gives; null leaves the configuration's policy. */
  String failOn() {
    return null;
  }

  /** Whether the baseline's accepted findings are taken out of the verdict. */
  boolean honoursBaseline() {
    return true;
  }

  /** Runs in the project the reactor treats as the top: the execution root, or the first project of a -pl build. */
  static boolean isTopLevel(MavenProject current, MavenProject topLevel) {
    return topLevel == null || current.getBasedir().equals(topLevel.getBasedir());
  }

  /** The request for {@code root}: configuration, policy and baseline, or a failure naming the parameter at fault. */
  ScanRequest request(Path root) throws MojoFailureException, MojoExecutionException {
    ScanOptions options = ScanOptions.defaults().withConfigFile(configPath(root)).withFailOn(blankToNull(failOn()));
    ScanRequest request;
    try {
      request = new ScanRequestFactory().build(root, options);
    } catch (ScanSetupException e) {
      throw new MojoFailureException(switch (e.setting()) {
        case CONFIG_FILE -> "Overscope configuration error: " + e.getMessage();
        case FAIL_ON -> "Overscope: parameter failOn (-Doverscope.failOn): " + e.getMessage();
        case MAX_FILE_SIZE, THREADS -> "Overscope: " + e.getMessage();
      });
    }
    if (honoursBaseline()) {
      request = BaselineFile.applyTo(request, baselinePath(root));
    }
    return request;
  }

  /** The configuration file to read, or null for the optional default at the root. */
  Path configPath(Path root) {
    String name = blankToNull(configFile);
    if (name == null || (name.equals(ConfigLoader.FILE_NAME) && !Files.exists(root.resolve(name)))) {
      return null;
    }
    return resolve(root, name);
  }

  Path baselinePath(Path root) {
    String name = blankToNull(baseline);
    return resolve(root, name == null ? DEFAULT_BASELINE : name);
  }

  private String describeHistory() {
    if (!scanHistory) {
      return " (working tree only: scanHistory is false)";
    }
    return "";
  }

  static Path resolve(Path root, String name) {
    Path path = new File(name).toPath();
    return (path.isAbsolute() ? path : root.resolve(path)).normalize();
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
