package dev.overscope.maven;

import dev.overscope.core.scan.ScanRequestFactory;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.report.ReportFormat;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scans the project directory for credentials and fails the build when one breaks the policy: by default, a root
 * credential in a file an agent loads or can read. Writes a SARIF report either way.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractScanMojo {

  /**
   * What fails the build, as {@code SCOPE:REACH} conditions separated by commas: a credential with at least that
   * blast radius ({@code root}, {@code broad}, {@code unknown}, {@code scoped}, {@code read-only}, {@code public}) at
   * least that close to agents ({@code context}, {@code workspace}, {@code history}, {@code home}). For example
   * {@code root:workspace,broad:context}; {@code none} never fails. Empty: the configuration file's
   * {@code policy.fail-on}, else {@code root:workspace}.
   */
  @Parameter(property = "overscope.failOn")
  String failOn;

  /** Where the SARIF 2.1.0 report goes (for code-scanning uploads and IDEs); written whether the build passes or not. */
  @Parameter(property = "overscope.sarifFile", defaultValue = "${project.build.directory}/overscope.sarif")
  File sarifFile;

  /** Also write the JSON report here. Empty: no JSON report. */
  @Parameter(property = "overscope.jsonFile")
  File jsonFile;

  @Override
  String failOn() {
    return failOn;
  }

  @Override
  void afterScan(Path root, ScanRequestFactory.Prepared prepared, ScanResult result)
      throws MojoExecutionException, MojoFailureException {
    Path sarif = sarifFile == null ? null : sarifFile.toPath().toAbsolutePath();
    try {
      if (sarif != null) {
        ReportFiles.write(result, ReportFormat.SARIF, sarif);
      }
      if (jsonFile != null) {
        ReportFiles.write(result, ReportFormat.JSON, jsonFile.toPath().toAbsolutePath());
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Overscope: cannot write the report: " + e.getMessage(), e);
    }
    CheckReport report = new CheckReport(result, root);
    report.findingsBelowThePolicy().forEach(line -> getLog().warn(line));
    getLog().info(report.summary());
    if (result.policyFailed()) {
      throw new MojoFailureException(report.failureMessage(sarif, prepared.configFile().orElse(null),
          baselinePath(root, prepared)));
    }
    if (result.timedOut()) {
      outOfTime(result);
    }
  }
}
