package dev.overscope.maven;

import dev.overscope.core.config.Baseline;
import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Suppression;
import dev.overscope.core.scan.ScanRequestFactory;
import dev.overscope.core.scan.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes (or rewrites) the baseline file from the current findings, so {@code check} fails only on new ones. Run it
 * once when adopting Overscope on a repository with known findings, review the file and commit it. Findings the
 * configuration file already allows are left out; entries whose finding is gone are dropped; entries still found
 * keep their first-seen commit. The file is the one {@code overscope baseline create} writes.
 */
@Mojo(name = "baseline", threadSafe = true)
public final class BaselineMojo extends AbstractScanMojo {

  @Override
  boolean baselineMustExist() {
    return false;
  }

  @Override
  void afterScan(Path root, ScanRequestFactory.Prepared prepared, ScanResult result) throws MojoExecutionException {
    Path file = baselinePath(root, prepared);
    if (result.timedOut()) {
      // A baseline of part of the findings would make the rest look new later: write none.
      getLog().warn("Overscope: " + file + " was not written: the scan did not finish");
      outOfTime(result);
      return;
    }
    Baseline previous = prepared.request().baseline();
    Baseline next = Baseline.of(result).keepingFirstSeenFrom(previous);
    try {
      next.write(file);
    } catch (IOException e) {
      throw new MojoExecutionException("Overscope: cannot write the baseline " + file + ": " + e.getMessage(), e);
    }
    long allowed = result.findings().stream()
        .filter(finding -> finding.suppression().map(s -> s.kind() != Suppression.Kind.BASELINE).orElse(false))
        .count();
    getLog().info("Overscope: wrote " + next.findings().size() + " accepted finding(s) to " + file
        + (allowed == 0 ? "" : " (" + allowed + " already allowed by the configuration or inline)")
        + ". Review it and commit it: rotating the credentials is still the fix.");
    for (Finding finding : result.findings()) {
      if (next.contains(finding.id())) {
        getLog().info("  " + CheckReport.line(finding));
      }
    }
  }
}
