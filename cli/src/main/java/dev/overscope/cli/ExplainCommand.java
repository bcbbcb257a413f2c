package dev.overscope.cli;

import dev.overscope.core.finding.Finding;
import dev.overscope.core.finding.Location;
import dev.overscope.core.reach.AgentExposure;
import dev.overscope.core.rule.Rule;
import dev.overscope.core.scan.ScanResult;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.ScopeVerdict;
import dev.overscope.core.source.CommitOrigin;
import dev.overscope.core.source.SourceException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code overscope explain ID}: what a finding or rule is, why its scope and reach, and how to fix it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explains a finding (by the id reports print; PATH is scanned to find it) or a rule (by its id):"
        + " what it is, why this scope and reach, how to rotate it and scope it down, with the provider's documentation.")
final class ExplainCommand implements Callable<Integer> {
  private static final int MIN_ID_PREFIX = 6;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "A finding id (or its first characters) or a rule id.")
  String id;

  @Parameters(index = "1", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
      description = "Where to look for the finding (default: the current directory).")
  Path path;

  @CommandLine.Mixin
  ScanOptions options = new ScanOptions();

  @Override
  public Integer call() throws UsageException {
    Path root = ScanOptions.root(path);
    ScanOptions.Prepared prepared = ScanOptions.withBaseline(options.prepare(root, false), null);
    PrintWriter out = spec.commandLine().getOut();
    Optional<Rule> rule = prepared.scanner().rules().stream().filter(r -> r.id().equals(id.strip())).findFirst();
    if (rule.isPresent()) {
      explainRule(out, rule.get());
      return ExitCode.PASSED;
    }
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    if (wanted.length() < MIN_ID_PREFIX || !wanted.matches("[0-9a-f]+")) {
      throw new UsageException("'" + id + "' is neither a rule id ('overscope rules' lists them) nor a finding id"
          + " (at least " + MIN_ID_PREFIX + " hex characters, as reports print them)");
    }
    ScanResult result;
    try {
      result = prepared.scanner().scan(prepared.request());
    } catch (SourceException e) {
      spec.commandLine().getErr().println("overscope: " + e.getMessage());
      return ExitCode.SCAN_FAILED;
    }
    List<Finding> matches = result.findings().stream().filter(f -> f.id().startsWith(wanted)).toList();
    if (matches.isEmpty() && result.timedOut()) {
      ScanCommand.sayWhenOutOfTime(spec.commandLine().getErr(), result);
      spec.commandLine().getErr()
          .println("overscope: no finding '" + id + "' in what was scanned before time ran out");
      return ExitCode.SCAN_FAILED;
    }
    if (matches.isEmpty()) {
      throw new UsageException("no finding '" + id + "' in " + root + " (has it been fixed, or is it in another path?)");
    }
    if (matches.size() > 1) {
      throw new UsageException("'" + id + "' starts " + matches.size() + " finding ids; give more characters");
    }
    explainFinding(out, matches.get(0), result);
    return ExitCode.PASSED;
  }

  private static void explainRule(PrintWriter out, Rule rule) {
    out.println("Rule " + rule.id() + ": " + rule.provider() + " " + rule.kind());
    out.println();
    section(out, "What it is", rule.description());
    ScopeVerdict scope = rule.scope();
    section(out, "Default scope: " + scope.scope().label() + environment(scope),
        scope.evidence() + (rule.classifiers().isEmpty() ? ""
            : ". A finding may be decided differently by: "
                + String.join(", ", rule.classifiers().stream().map(c -> c.name()).toList()) + "."));
    section(out, "How it is found", "keywords " + String.join(", ", rule.keywords())
        + (rule.validators().isEmpty() ? "" : "; checked by "
            + String.join(", ", rule.validators().stream().map(v -> v.name()).toList())));
    section(out, "How to rotate it and scope it down", rule.remediation());
    references(out, rule);
  }

  private static void explainFinding(PrintWriter out, Finding finding, ScanResult result) {
    Rule rule = finding.rule();
    out.println("Finding " + finding.id() + ": " + rule.provider() + " " + rule.kind() + " (rule " + rule.id() + ")");
    out.println("Secret: " + finding.redacted());
    out.println();
    section(out, "What it is", rule.description());
    ScopeVerdict verdict = finding.verdict();
    section(out, "Why scope " + verdict.scope().label() + environment(verdict), verdict.evidence());
    out.println("Why reach " + finding.reach().label());
    for (Location location : finding.locations()) {
      out.println("  " + where(location) + ": " + reachReason(location));
    }
    out.println();
    String verdictLine;
    if (finding.suppression().isPresent()) {
      verdictLine = "accepted (" + finding.suppression().get().kind().name().toLowerCase(Locale.ROOT) + "): "
          + finding.suppression().get().justification();
    } else {
      verdictLine = "severity " + finding.severity().label() + "; "
          + (finding.violation() ? "fails the policy (" + result.policy().describe() + ")"
              : "reported, does not fail the policy (" + result.policy().describe() + ")");
    }
    section(out, "Policy", verdictLine);
    section(out, "How to rotate it and scope it down", rule.remediation()
        + "\n  Then remove it from the places above. Deleting it from the files or from git history does not"
        + " make it safe: anyone (or any agent) who read it still has it, so rotate first.");
    references(out, rule);
  }

  private static String where(Location location) {
    String at = location.path() + ":" + location.span().startLine();
    if (location.origin() instanceof CommitOrigin commit) {
      return at + " in commit " + commit.commit().substring(0, Math.min(12, commit.commit().length()));
    }
    return at;
  }

  private static String reachReason(Location location) {
    return switch (location.reach()) {
      case CONTEXT -> String.join("; ", location.exposures().stream().map(AgentExposure::reason).toList());
      case WORKSPACE -> "in the working tree, where any agent that reads files or runs a shell can open it"
          + " (git-ignored files included)";
      case HISTORY -> "only in git history, one 'git log -p' away for any agent with a shell";
      case HOME -> "in a credential store in the home directory, readable by agents running as you";
    };
  }

  private static String environment(ScopeVerdict verdict) {
    return verdict.environment() == Environment.UNKNOWN ? ""
        : " (" + verdict.environment().name().toLowerCase(Locale.ROOT) + ")";
  }

  private static void section(PrintWriter out, String title, String text) {
    out.println(title);
    out.println("  " + text);
    out.println();
  }

  private static void references(PrintWriter out, Rule rule) {
    out.println("Documentation");
    if (rule.references().isEmpty()) {
      out.println("  (none recorded for this rule)");
    }
    rule.references().forEach(reference -> out.println("  " + reference));
  }
}
