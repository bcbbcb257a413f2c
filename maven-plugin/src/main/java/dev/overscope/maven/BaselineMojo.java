package dev.overscope.maven;

import dev.overscope.core.finding.Finding;
import dev.overscope.core.scan.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes (or rewrites) the baseline file from the current findings, so {@code check} fails only on new ones. Run it
 * once when adopting Overscope on a repository with known findings, review the file and commit it. Findings
 * already allowed by the configuration file are left out; entries whose finding is gone are dropped.
 */
@Mojo(name = "baseline", threadSafe = true)
public final class BaselineMojo extends AbstractScanMojo {

  @Override
  boolean honoursBaseline() {
    return false;
  }

  @Override
  void afterScan(Path root, ScanResult result) throws MojoExecutionException {
    List<Finding> accepted = result.findings().stream().filter(finding -> finding.suppression().isEmpty()).toList();
    Path file = baselinePath(root);
    try {
      BaselineFile.write(file, BaselineFile.entriesOf(accepted));
    } catch (IOException e) {
      throw new MojoExecutionException("Overscope: cannot write the baseline " + file + ": " + e.getMessage(), e);
    }
    long allowed = result.findings().size() - accepted.size();
    getLog().info("Overscope: wrote " + accepted.size() + " accepted finding(s) to " + file
        + (allowed == 0 ? "" : " (" + allowed + " already allowed by the configuration file)")
        + ". Review it and commit it: rotating the credentials is still the fix.");
    for (Finding finding : accepted) {
      getLog().info("  " + CheckReport.line(finding));
    }
  }
}
