package dev.overscope.detectors.rules;

import dev.overscope.core.rule.Rule;
import dev.overscope.core.rule.RulePattern;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.rule.Validator;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns a parsed rule file into compiled rules, rejecting anything the engine cannot run safely. */
public final class RuleCompiler {
  static final int DEFAULT_MAX_LENGTH = 512;
  static final int DEFAULT_CONTEXT_WINDOW = 300;
  /** The provider name of the format-less rules, all of which give way to a provider rule on the same text. */
  static final String GENERIC_PROVIDER = "Generic secret";
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");
  private static final int MIN_KEYWORD_LENGTH = 3;

  private final PluginRegistry plugins;
  private final boolean patternsCheckedAtBuild;

  public RuleCompiler(PluginRegistry plugins) {
    this(plugins, false);
  }

  private RuleCompiler(PluginRegistry plugins, boolean patternsCheckedAtBuild) {
    this.plugins = plugins;
    this.patternsCheckedAtBuild = patternsCheckedAtBuild;
  }

  /**
   * A compiler for the built-in catalogue's image, whose every pattern the build compiled when it wrote the image:
   * its rules compile their patterns on first use ({@link RulePattern}), everything else is checked as always.
   */
  static RuleCompiler forBuiltImage(PluginRegistry plugins) {
    return new RuleCompiler(plugins, true);
  }

  public List<Rule> compile(String fileName, RuleFile file) {
    if (file.provider() == null || file.provider().isBlank()) {
      throw new RuleFileException(fileName + ": 'provider' is required");
    }
    List<Rule> rules = new ArrayList<>();
    for (RuleFile.RuleEntry entry : file.rules()) {
      rules.add(compile(fileName, file, entry));
    }
    if (rules.isEmpty()) {
      throw new RuleFileException(fileName + ": no rules");
    }
    return rules;
  }

  private Rule compile(String fileName, RuleFile file, RuleFile.RuleEntry entry) {
    String where = fileName + ": rule '" + entry.id() + "'";
    if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
      throw new RuleFileException(fileName + ": rule id '" + entry.id() + "' must be lower-case letters, digits and '-'");
    }
    require(where, "kind", entry.kind());
    require(where, "description", entry.description());
    require(where, "remediation", entry.remediation());
    require(where, "pattern", entry.pattern());
    if (entry.keywords().isEmpty()) {
      throw new RuleFileException(where + ": needs at least one keyword");
    }
    for (String keyword : entry.keywords()) {
      if (keyword.length() < MIN_KEYWORD_LENGTH || !printableAscii(keyword)) {
        throw new RuleFileException(where + ": keyword '" + keyword
            + "' must be at least 3 printable ASCII characters (short keywords flood the prefilter)");
      }
    }
    PatternSafety.unboundedQuantifier(entry.pattern()).ifPresent(problem -> {
      throw new RuleFileException(where + ": unbounded quantifier " + problem + "; use a bounded {m,n} repeat");
    });
    RulePattern pattern;
    try {
      pattern = patternsCheckedAtBuild ? RulePattern.compiledOnFirstUse(entry.pattern())
          : RulePattern.of(entry.pattern());
    } catch (PatternSyntaxException e) {
      throw new RuleFileException(where + ": pattern does not compile: " + e.getDescription());
    }
    List<Validator> validators = new ArrayList<>();
    for (String name : entry.validators()) {
      validators.add(plugins.validator(name).orElseThrow(() -> new RuleFileException(
          where + ": unknown validator '" + name + "' (known: " + plugins.validatorNames() + ")")));
    }
    if (entry.context() != null) {
      require(where, "context.requires", entry.context().requires());
      int window = Optional.ofNullable(entry.context().window()).orElse(DEFAULT_CONTEXT_WINDOW);
      validators.add(new ContextValidator(Pattern.compile(entry.context().requires()), window));
    }
    List<ScopeClassifier> classifiers = new ArrayList<>();
    for (String name : entry.classifiers()) {
      classifiers.add(plugins.classifier(name).orElseThrow(() -> new RuleFileException(
          where + ": unknown classifier '" + name + "' (known: " + plugins.classifierNames() + ")")));
    }
    for (String superseded : entry.supersedes()) {
      if (!ID.matcher(superseded).matches() || superseded.equals(entry.id())) {
        throw new RuleFileException(where + ": supersedes '" + superseded + "', which is not another rule's id");
      }
    }
    boolean generic = Boolean.TRUE.equals(entry.generic()) || GENERIC_PROVIDER.equals(file.provider());
    List<String> references = new ArrayList<>(file.references());
    references.addAll(entry.references());
    return new Rule(entry.id(), file.provider(), entry.kind(), entry.description().strip(),
        entry.remediation().strip(), references, pattern, entry.keywords(),
        Optional.ofNullable(entry.maxLength()).orElse(DEFAULT_MAX_LENGTH),
        Optional.ofNullable(entry.entropy()).orElse(0.0), validators, classifiers, scope(where, entry.scope()),
        examples(where, entry.examples()), new Rule.Precedence(generic, entry.supersedes()));
  }

  private static ScopeVerdict scope(String where, RuleFile.ScopeEntry entry) {
    if (entry == null) {
      throw new RuleFileException(where + ": 'scope' is required (level and evidence)");
    }
    require(where, "scope.level", entry.level());
    require(where, "scope.evidence", entry.evidence());
    try {
      Environment environment =
          entry.environment() == null ? Environment.UNKNOWN : Environment.fromLabel(entry.environment());
      return new ScopeVerdict(Scope.fromLabel(entry.level()), environment, entry.evidence().strip());
    } catch (IllegalArgumentException e) {
      throw new RuleFileException(where + ": " + e.getMessage());
    }
  }

  private static Rule.Examples examples(String where, RuleFile.ExamplesEntry entry) {
    if (entry == null || entry.positive().isEmpty() || entry.negative().isEmpty()) {
      throw new RuleFileException(where + ": needs positive and negative examples");
    }
    List<Rule.Example> positive = new ArrayList<>();
    for (RuleFile.ExampleEntry example : entry.positive()) {
      require(where, "examples.positive.text", example.text());
      Optional<Scope> scope;
      try {
        scope = Optional.ofNullable(example.scope()).map(text -> Scope.fromLabel(text.toLowerCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new RuleFileException(where + ": example " + e.getMessage());
      }
      positive.add(new Rule.Example(example.text(), Optional.ofNullable(example.secret()), scope));
    }
    return new Rule.Examples(positive, entry.negative());
  }

  private static boolean printableAscii(String keyword) {
    for (int i = 0; i < keyword.length(); i++) {
      if (keyword.charAt(i) < 32 || keyword.charAt(i) >= 127) {
        return false;
      }
    }
    return true;
  }

  private static void require(String where, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new RuleFileException(where + ": '" + field + "' is required");
    }
  }
}
