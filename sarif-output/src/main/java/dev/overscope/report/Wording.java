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
          + " by " + commit.author() + " on " + commit.time() + historyState(commit.provenance());
    }
    return location.path();
  }

  /** Whether HEAD still holds a committed secret, in the words the report uses: "removed in …, still in history". */
  static String historyState(dev.overscope.core.source.Provenance provenance) {
    return switch (provenance.atHead()) {
      case PRESENT -> "; still at HEAD";
      case REMOVED -> provenance.removedIn().map(id -> "; removed in " + shortId(id) + ", still in history")
          .orElse("; removed from HEAD, still in history");
      case NOT_ON_HEAD -> provenance.refs().isEmpty()
          ? "; never on HEAD, still in history"
          : "; never on HEAD, still on " + String.join(", ", provenance.refs().subList(0,
              Math.min(3, provenance.refs().size()))) + (provenance.refs().size() > 3 ? " and more" : "");
      case UNKNOWN -> "";
    };
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

  /**
   * The finding in full sentences, for SARIF messages and annotations: provider and kind, scope, reach, the evidence
   * and the redacted secret. Never the secret itself, even when the user asked to see secrets, since these formats
   * are uploaded and shared.
   */
  public static String message(Finding finding) {
    return sentence(headline(finding)) + " " + sentence(capitalise(finding.verdict().evidence())) + " "
        + sentence(capitalise(reachText(finding))) + " Secret " + finding.redacted() + ", fingerprint "
        + finding.id() + ".";
  }

  /** {@code text} ending with a full stop (or the punctuation it already ends with). */
  public static String sentence(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty() || trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?")) {
      return trimmed;
    }
    return trimmed + ".";
  }

  public static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Paths and lines may hold control characters (a newline in a file name): never let them forge report lines. */
  /**
   * A non-negative number with one decimal, rounded half up as {@code %.1f} prints it. Without {@link
   * java.util.Formatter}, whose first floating-point format loads locale data: 30 ms of a cold JVM, paid by every
   * pre-commit scan's summary line.
   */
  public static String oneDecimal(double value) {
    long tenths = Math.round(value * 10);
    return tenths / 10 + "." + tenths % 10;
  }

  public static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        out.append(String.format(java.util.Locale.ROOT, "\\x%02x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
