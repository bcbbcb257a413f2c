package dev.overscope.maven;

import dev.overscope.core.config.Baseline;
import dev.overscope.core.config.ConfigException;
import dev.overscope.core.config.ConfigLoader;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanRequestFactory;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.ScanSettings;
import dev.overscope.core.scan.ScanSetupException;
import dev.overscope.core.scan.Scanner;
import dev.overscope.core.source.HistoryScope;
import dev.overscope.core.source.Messages;
import dev.overscope.core.source.SourceException;
import dev.overscope.detectors.rules.ConfiguredScanner;
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
   * not fail {@code check}; new ones do. A relative path is resolved against the scanned directory, and a file named
   * here must exist. Empty: the configuration file's {@code baseline:}, else {@code .overscope-baseline.json} in the
   * scanned directory when it is there.
   */
  @Parameter(property = "overscope.baseline")
  String baseline;

  /**
   * Also scan the git history below the scanned directory, when it is inside a git repository: a secret deleted
   * from the tree is still one {@code git log -p} away. Every blob of every ref is read once; findings there have
   * reach {@code history}, which the default policy reports without failing.
   */
  @Parameter(alias = "includeHistory", property = "overscope.scanHistory", defaultValue = "true")
  boolean scanHistory;

  /**
   * Scan only the history a branch adds on top of this revision ({@code since..HEAD}), e.g. {@code origin/main} in
   * a pull-request build: content the revision already holds is not reported. Empty scans every ref. The working
   * tree is scanned either way.
   */
  @Parameter(property = "overscope.since")
  String since;

  /**
   * Scan every module's own directory in its own execution. By default the scan runs once per build, at the
   * top-level project, and covers every module below it.
   */
  @Parameter(property = "overscope.perModule", defaultValue = "false")
  boolean perModule;

  /**
   * Fail the build when the scan itself fails (an unreadable directory or repository, or a time budget that ran out
   * before any finding failed the policy), not only on findings.
   */
  @Parameter(property = "overscope.failOnError", defaultValue = "true")
  boolean failOnError;

  /**
   * Time budget for the scan, e.g. {@code 90s}, {@code 10m} or {@code 1h}. When it runs out the scan stops reading,
   * reports what it found so far as partial and fails the build ({@code failOnError}) unless a finding already
   * failed the policy. Empty: the configuration file's {@code limits.timeout}, else no limit.
   */
  @Parameter(property = "overscope.timeout")
  String timeout;

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
    ScanRequestFactory.Prepared prepared = prepare(root);
    Scanner scanner = scanner(prepared);
    getLog().info("Overscope: scanning " + root + describeHistory());
    ScanResult result;
    try {
      result = scanner.scan(prepared.request());
    } catch (SourceException | RuntimeException e) {
      String message = "Overscope: the scan failed: " + Messages.oneLine(e);
      if (failOnError) {
        throw new MojoExecutionException(message + " (set failOnError to false to carry on)", e);
      }
      getLog().warn(message + " (failOnError is false: the build carries on)");
      return;
    }
    afterScan(root, prepared, result);
  }

  /**
   * After a scan cut short by its time budget, which did not fail the policy: a failure of the scan itself, so the
   * build fails unless {@code failOnError} is false. A partial scan is never a silent pass.
   */
  void outOfTime(ScanResult result) throws MojoExecutionException {
    String notice = result.notices().stream()
        .filter(each -> each.kind() == dev.overscope.core.source.Notice.Kind.TIME_BUDGET)
        .map(dev.overscope.core.source.Notice::message).findFirst().orElse("time budget ran out");
    String message = "Overscope: " + notice;
    if (failOnError) {
      throw new MojoExecutionException(message + " (raise timeout, or set failOnError to false to carry on)");
    }
    getLog().warn(message + " (failOnError is false: the build carries on)");
  }

  /** What the goal does with a finished scan. */
  abstract void afterScan(Path root, ScanRequestFactory.Prepared prepared, ScanResult result)
      throws MojoExecutionException, MojoFailureException;

  /** The fail-on list this goal gives; null leaves the configuration's policy. */
  String failOn() {
    return null;
  }

  /** Runs in the project the reactor treats as the top: the execution root, or the first project of a -pl build. */
  static boolean isTopLevel(MavenProject current, MavenProject topLevel) {
    return topLevel == null || current.getBasedir().equals(topLevel.getBasedir());
  }

  /**
   * The configuration and the request for {@code root}, exactly as the CLI builds them, with the baseline the goal
   * starts from; or a failure naming the parameter or file at fault.
   */
  ScanRequestFactory.Prepared prepare(Path root) throws MojoFailureException {
    ScanSettings settings = ScanSettings.defaults().withConfigFile(configPath(root)).withFailOn(blankToNull(failOn()))
        .withTimeout(blankToNull(timeout));
    try {
      ScanRequestFactory.Prepared prepared = new ScanRequestFactory().prepare(root, settings);
      boolean named = blankToNull(baseline) != null || prepared.config().baselineFile().isPresent();
      Baseline start = startingBaseline(baselinePath(root, prepared), named && baselineMustExist());
      return prepared.withRequest(history(prepared.request().withBaseline(start)));
    } catch (ScanSetupException e) {
      throw new MojoFailureException(switch (e.setting()) {
        case CONFIG_FILE -> "Overscope configuration error: " + e.getMessage();
        case FAIL_ON -> "Overscope: parameter failOn (-Doverscope.failOn): " + e.getMessage();
        case BASELINE -> "Overscope: baseline error: " + e.getMessage();
        case TIMEOUT -> "Overscope: parameter timeout (-Doverscope.timeout): " + e.getMessage();
        case MAX_FILE_SIZE, THREADS -> "Overscope: " + e.getMessage();
      });
    }
  }

  /**
   * The working tree and the history the parameters ask for: every ref by default, what a branch adds since a
   * revision with {@code since}, none with {@code scanHistory=false}. Outside a git repository there is no history.
   */
  ScanRequest history(ScanRequest request) {
    if (!scanHistory) {
      return request.withoutHistory();
    }
    String base = blankToNull(since);
    return request.withHistory(base == null ? HistoryScope.allRefs() : HistoryScope.since(base));
  }

  /** Whether a baseline named by the parameter or the configuration must already exist. */
  boolean baselineMustExist() {
    return true;
  }

  /** The baseline at {@code file}; none when it is absent and may be. */
  static Baseline startingBaseline(Path file, boolean mustExist) throws ScanSetupException {
    if (!mustExist && !Files.exists(file)) {
      return Baseline.empty();
    }
    try {
      return Baseline.read(file);
    } catch (ConfigException e) {
      throw new ScanSetupException(ScanSetupException.Setting.BASELINE, e.getMessage());
    }
  }

  /** The scanner the configuration asks for: built-in rules and the team's own, the agents it names. */
  Scanner scanner(ScanRequestFactory.Prepared prepared) throws MojoFailureException {
    try {
      return ConfiguredScanner.build(prepared.config());
    } catch (ConfigException e) {
      throw new MojoFailureException("Overscope configuration error: "
          + prepared.configFile().map(file -> file + ": ").orElse("") + e.getMessage());
    }
  }

  /** The baseline parameter, else the configuration's {@code baseline:}, else the default file at the root. */
  Path baselinePath(Path root, ScanRequestFactory.Prepared prepared) {
    String name = blankToNull(baseline);
    if (name != null) {
      return resolve(root, name);
    }
    return prepared.config().baselineFile().map(Path::of).orElse(root.resolve(Baseline.DEFAULT_FILE_NAME));
  }

  /** The configuration file to read, or null for the optional default at the root. */
  Path configPath(Path root) {
    String name = blankToNull(configFile);
    if (name == null || (name.equals(ConfigLoader.FILE_NAME) && !Files.exists(root.resolve(name)))) {
      return null;
    }
    return resolve(root, name);
  }

  private String describeHistory() {
    if (!scanHistory) {
      return " (working tree only: scanHistory is false)";
    }
    String base = blankToNull(since);
    return base == null ? " (working tree and git history)" : " (working tree and git history since " + base + ")";
  }

  static Path resolve(Path root, String name) {
    Path path = new File(name).toPath();
    return (path.isAbsolute() ? path : root.resolve(path)).normalize();
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
