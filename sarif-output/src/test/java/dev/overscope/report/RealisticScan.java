package dev.overscope.report;

import dev.overscope.core.config.OverscopeConfig;
import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Fingerprint;
import dev.overscope.core.finding.Location;
import dev.overscope.core.finding.Suppression;
import dev.overscope.core.engine.TextSpan;
import dev.overscope.core.policy.Severity;
import dev.overscope.core.reach.Reach;
import dev.overscope.core.scan.ScanRequest;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scan.Scanner;
import dev.overscope.core.source.CommitOrigin;
import dev.overscope.core.source.Notice;
import dev.overscope.detectors.testing.FakeTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;

/**
 * A small repository as a team would have it, scanned for real, plus what this branch cannot produce by scanning:
 * an unreadable file (tests run as root, who reads everything), a secret found only in history, and inline and
 * baseline suppressions. Everything is seeded, so two runs give the same report.
 */
final class RealisticScan {
  static final Instant COMMIT_TIME = Instant.parse("2026-03-14T09:26:53Z");

  final FakeTokens tokens = new FakeTokens(20261122);
  final String github = tokens.githubClassic();
  final String railway = tokens.uuid();
  final String stripe = tokens.stripeRestricted();
  final String allowed = tokens.uuid();
  final String historic = tokens.githubClassic();
  final String baselined = tokens.githubClassic();
  /** Sits in the git remote's URL, which the SARIF's versionControlProvenance must not repeat. */
  final String remotePassword = "pw-" + tokens.alnum(24);

  List<String> secrets() {
    return List.of(github, railway, stripe, allowed, historic, baselined, remotePassword);
  }

  ScanResult scan(Path root) throws Exception {
    Files.writeString(root.resolve("AGENTS.md"), "# Agents\n\nUse the deploy token " + github + " for releases.\n");
    Files.writeString(root.resolve("deploy notes.md"), "Moved\n\n\nGITHUB_TOKEN=" + github + "\n");
    Files.createDirectories(root.resolve("config"));
    Files.writeString(root.resolve("config/.env"), "NODE_ENV=production\nRAILWAY_API_TOKEN=" + railway + "\n");
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(root.resolve("docs/billing.md"), "Reporting key: " + stripe + " overscope:allow read-only"
        + " reporting key, rotated monthly\n");
    Files.writeString(root.resolve("docs/legacy.md"), "OLD_GITHUB_TOKEN=" + baselined + "\n");
    Files.createDirectories(root.resolve("fixtures"));
    Files.writeString(root.resolve("fixtures/.env"), "RAILWAY_API_TOKEN=" + allowed + "\n");
    Files.writeString(root.resolve(".gitignore"), "config/.env\n");
    try (Git git = Git.init().setInitialBranch("main").setDirectory(root.toFile()).call()) {
      StoredConfig config = git.getRepository().getConfig();
      config.setString("remote", "origin", "url", "https://ci-bot:" + remotePassword + "@github.com/acme/widgets.git");
      config.save();
      git.add().addFilepattern("AGENTS.md").addFilepattern(".gitignore").addFilepattern("docs").call();
      PersonIdent who = new PersonIdent("Ada Lovelace", "ada@example.org", COMMIT_TIME, java.time.ZoneOffset.UTC);
      git.commit().setMessage("Initial layout").setAuthor(who).setCommitter(who).setSign(false).call();
    }
    OverscopeConfig config = new OverscopeConfig(null, List.of(new OverscopeConfig.AllowEntry(
        List.of("fixtures/**"), null, "fabricated for tests")), null);
    ScanResult scanned = Scanner.builder().withInstalledPlugins().build()
        .scan(ScanRequest.of(root).withConfig(config));
    return augment(scanned);
  }

  private ScanResult augment(ScanResult scanned) {
    List<Finding> findings = new ArrayList<>();
    Finding anyGithub = null;
    for (Finding finding : scanned.findings()) {
      String path = finding.primaryLocation().path();
      if (path.equals("docs/billing.md")) {
        finding = suppressed(finding, new Suppression(Suppression.Kind.INLINE, "read-only reporting key, rotated monthly"));
      } else if (path.equals("docs/legacy.md")) {
        finding = suppressed(finding, new Suppression(Suppression.Kind.BASELINE, "accepted in baseline.json"));
      }
      if (finding.rule().id().equals("github-classic-pat")) {
        anyGithub = finding;
      }
      findings.add(finding);
    }
    Finding template = java.util.Objects.requireNonNull(anyGithub, "the fixture's GitHub token was not found");
    CommitOrigin commit = new CommitOrigin("4f1c3e2a9b8d7c6e5f4a3b2c1d0e9f8a7b6c5d4e", "scripts/release.sh",
        "Grace Hopper <grace@example.org>", Instant.parse("2025-11-02T17:45:00Z"), "Add release script");
    Location inHistory = new Location(commit, new TextSpan(12, 14, 12, 54), Reach.HISTORY, List.of(),
        "export GITHUB_TOKEN=ghp_…(40 chars)");
    findings.add(new Finding(Fingerprint.of(template.rule().id(), historic), template.rule(),
        Fingerprint.secretHash(historic), "ghp_…(40 chars)", Optional.empty(), template.verdict(),
        List.of(inHistory), Reach.HISTORY, Severity.WARNING, false, Optional.empty()));
    List<Notice> notices = new ArrayList<>(scanned.notices());
    notices.add(new Notice("secrets/vault.json", Notice.Kind.UNREADABLE, "permission denied"));
    return new ScanResult(scanned.root(), findings, notices, scanned.stats(), scanned.policy(), scanned.rules());
  }

  private static Finding suppressed(Finding finding, Suppression suppression) {
    return new Finding(finding.id(), finding.rule(), finding.secretHash(), finding.redacted(), finding.revealed(),
        finding.verdict(), finding.locations(), finding.reach(), finding.severity(), false, Optional.of(suppression));
  }
}
