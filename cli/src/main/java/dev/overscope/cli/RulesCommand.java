package dev.overscope.cli;

import dev.overscope.core.rule.Rule;
import dev.overscope.core.scan.Scanner;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code overscope rules}: the catalogue, one line per rule. */
@Command(name = "rules", description = "Lists the detection rules with their provider and default scope.",
    subcommands = RulesTestCommand.class)
final class RulesCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--keywords",
      description = "Print only the prefilter's keywords, lower case, one per line: each occurrence costs a regex try.")
  boolean keywords;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Scanner scanner = Scanner.builder().withInstalledPlugins().build();
    if (keywords) {
      scanner.engine().rules().stream().flatMap(rule -> rule.keywords().stream())
          .map(keyword -> keyword.toLowerCase(Locale.ROOT)).distinct().sorted().forEach(out::println);
      return ExitCode.PASSED;
    }
    out.printf("%-36s %-20s %-10s %s%n", "RULE", "PROVIDER", "SCOPE", "KIND");
    for (Rule rule : scanner.rules()) {
      out.printf("%-36s %-20s %-10s %s%n", rule.id(), rule.provider(), rule.scope().scope().label(), rule.kind());
    }
    out.printf("%d rules, %d providers%n", scanner.rules().size(),
        scanner.rules().stream().map(Rule::provider).distinct().count());
    return ExitCode.PASSED;
  }
}
