package dev.overscope.cli;

import dev.overscope.core.rule.Rule;
import dev.overscope.detectors.rules.CustomRules;
import dev.overscope.detectors.rules.RuleExamples;
import dev.overscope.detectors.rules.RuleFileException;
import dev.overscope.detectors.validators.PlaceholderFilter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code overscope rules test FILE}: runs a rule file's examples and prints each verdict. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Checks rule files and runs their examples: every positive must be found, no negative may be."
        + " Exit code 0 when all pass, 1 when an example fails, 2 when a file is invalid.")
final class RulesTestCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Rule files in the built-in schema.")
  List<Path> files;

  @Override
  public Integer call() throws UsageException {
    PrintWriter out = spec.commandLine().getOut();
    int failed = 0;
    int passed = 0;
    for (Path file : files) {
      List<Rule> rules;
      try {
        rules = CustomRules.compileFile(file);
      } catch (RuleFileException e) {
        throw new UsageException(e.getMessage());
      }
      for (RuleExamples.Outcome outcome : new RuleExamples(rules, List.of(new PlaceholderFilter())).checkAll(rules)) {
        if (outcome.passed()) {
          passed++;
          out.println("PASS " + outcome.describe());
        } else {
          failed++;
          out.println("FAIL " + outcome.describe() + " " + outcome.problem().orElseThrow());
        }
      }
    }
    out.printf("%d passed, %d failed%n", passed, failed);
    return failed == 0 ? ExitCode.PASSED : ExitCode.POLICY_FAILED;
  }
}
