package dev.overscope.detectors.scope;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the identifier a secret is assigned to ({@code GITLAB_ADMIN_TOKEN=…}, {@code "masterKey": "…"}). A name
 * saying admin, master, root or owner raises an unknown or broad scope to root; a name with a browser-bundling
 * prefix ({@code NEXT_PUBLIC_}, {@code VITE_}, {@code REACT_APP_}, {@code EXPO_PUBLIC_}) keeps the rule's scope and
 * says the value ships to every visitor. Names are weak evidence, and the verdict says it came from a name.
 */
public final class VariableNameClassifier implements ScopeClassifier {
  private static final Set<String> ROOT_WORDS = Set.of("ADMIN", "MASTER", "ROOT", "OWNER", "SUPERUSER");
  private static final List<String> BROWSER_PREFIXES =
      List.of("NEXT_PUBLIC_", "VITE_", "REACT_APP_", "EXPO_PUBLIC_", "NUXT_PUBLIC_");
  private static final String SEPARATORS = " \t\"'`=:>,(";
  private static final int MAX_SEPARATORS = 8;

  @Override
  public String name() {
    return "variable-name";
  }

  @Override
  public Optional<ScopeVerdict> classify(Candidate candidate) {
    String name = identifierBefore(Surroundings.lineBeforeSecret(candidate));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    ScopeVerdict ruleVerdict = candidate.rule().scope();
    String upper = name.toUpperCase(Locale.ROOT);
    for (String prefix : BROWSER_PREFIXES) {
      if (upper.startsWith(prefix)) {
        return Optional.of(new ScopeVerdict(ruleVerdict.scope(), ruleVerdict.environment(),
            ruleVerdict.evidence() + "; assigned to " + name + ", and the " + prefix
                + " prefix makes the bundler ship the value to every browser"));
      }
    }
    Optional<String> rootWord = words(name).stream().filter(ROOT_WORDS::contains).findFirst();
    if (rootWord.isPresent()) {
      Scope decided = ruleVerdict.scope().weight() >= Scope.BROAD.weight() ? Scope.ROOT : ruleVerdict.scope();
      return Optional.of(new ScopeVerdict(decided, ruleVerdict.environment(), ruleVerdict.evidence()
          + "; assigned to " + name + ", whose name says " + rootWord.get().toLowerCase(Locale.ROOT)
          + " (a name, not proof: confirm the token's permissions)"));
    }
    return Optional.empty();
  }

  /** The identifier ending just before the value: quotes, spaces and an assignment operator are skipped. */
  static String identifierBefore(String line) {
    int end = line.length();
    int skipped = 0;
    while (end > 0 && SEPARATORS.indexOf(line.charAt(end - 1)) >= 0 && skipped < MAX_SEPARATORS) {
      end--;
      skipped++;
    }
    if (skipped == 0 && end > 0) {
      // The value is glued to something (a URL, a header scheme): no assignment to read.
      return "";
    }
    int start = end;
    while (start > 0 && isIdentifierChar(line.charAt(start - 1))) {
      start--;
    }
    return line.substring(start, end);
  }

  private static boolean isIdentifierChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
  }

  /** Upper-case words of an identifier, split at separators and camelCase humps. */
  static List<String> words(String identifier) {
    String spaced = identifier.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    return List.of(spaced.toUpperCase(Locale.ROOT).split("[_.\\-]+"));
  }
}
