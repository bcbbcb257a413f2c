package dev.overscope.report;

import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Location;
import dev.overscope.core.reach.AgentExposure;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.source.CommitOrigin;
import dev.overscope.core.source.FileOrigin;
import dev.overscope.core.source.HomeOrigin;
import java.util.List;

/** The sentences every format shares, so text, JSON and SARIF describe a finding the same way. */
public final class Wording {
  private Wording() {}

  /** "GitHub classic personal access token (broad) in AGENTS.md, loaded into agent context". */
  public static String headline(Finding finding) {
    return finding.rule().provider() + " " + finding.rule().kind() + " — scope " + finding.verdict().scope().label()
        + ", reach " + finding.reach().label();
  }

  /** Where the secret is, in words, for the primary location. */
  public static String whereText(Location location) {
    if (location.origin() instanceof FileOrigin file) {
      return location.path() + ":" + location.span().startLine() + " (" + file.tracking().label() + ")";
    }
    if (location.origin() instanceof HomeOrigin) {
      return location.path() + ":" + location.span().startLine() + " (home directory)";
    }
    if (location.origin() instanceof CommitOrigin commit) {
      return location.path() + ":" + location.span().startLine() + " in commit " + shortId(commit.commit())
          + " by " + commit.author() + " on " + commit.time();
    }
    return location.path();
  }

  /** Why agents get to it: the first exposure reason, or the reach's meaning. */
  public static String reachText(Finding finding) {
    Location primary = finding.primaryLocation();
    List<AgentExposure> exposures = primary.exposures();
    return switch (finding.reach()) {
      case CONTEXT -> exposures.isEmpty()
          ? "loaded into agent context"
          : exposures.get(0).reason() + (exposures.size() > 1 ? " (and " + (exposures.size() - 1) + " more agents)" : "");
      case WORKSPACE -> "any agent working in this tree can read it (agents read git-ignored files too)";
      case HISTORY -> "gone from the working tree but still in git history: one `git log -p` away";
      case HOME -> exposures.isEmpty()
          ? "in a credential store in the user's home directory, readable by any agent's shell"
          : exposures.get(0).reason();
    };
  }

  /** What to do, most urgent first. */
  public static String action(Finding finding) {
    String rotate = finding.rule().remediation();
    String move = switch (finding.reach()) {
      case CONTEXT, WORKSPACE -> " Then move it out of the tree (a secret manager or the CI's secret store).";
      case HISTORY -> " Rewriting history does not un-leak it: rotate first.";
      case HOME -> " Prefer short-lived or scoped credentials for sessions where agents run.";
    };
    String scopeDown = finding.verdict().scope() == Scope.ROOT
        ? " Replace it with a credential scoped to one project or environment."
        : "";
    return rotate + scopeDown + move;
  }

  public static String shortId(String commit) {
    return commit.length() > 10 ? commit.substring(0, 10) : commit;
  }

  /** GitHub code scanning's 0-10 score: follows the blast radius, raised in context, lowered in history and home. */
  public static double securitySeverity(Scope scope, dev.overscope.core.reach.Reach reach) {
    double base = switch (scope) {
      case ROOT -> 9.5;
      case BROAD -> 8.0;
      case UNKNOWN -> 7.0;
      case SCOPED -> 5.5;
      case READ_ONLY -> 4.0;
      case PUBLIC -> 2.0;
    };
    double adjusted = switch (reach) {
      case CONTEXT -> base + 0.4;
      case WORKSPACE -> base;
      case HISTORY -> base - 1.5;
      case HOME -> base - 1.0;
    };
    return Math.max(0.1, Math.min(10.0, Math.round(adjusted * 10) / 10.0));
  }
}
