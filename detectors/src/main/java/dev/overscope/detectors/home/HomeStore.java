package dev.overscope.detectors.home;

import dev.overscope.core.rule.Rule;
import dev.overscope.core.rule.RulePattern;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One CLI credential store in the home directory, as written in {@code home-stores.yaml}: where it lives, how it
 * is written, and which keys hold credentials with the scope each carries.
 */
public record HomeStore(
    String id,
    String tool,
    String kind,
    List<String> paths,
    String format,
    String description,
    String remediation,
    List<String> references,
    List<Secret> secrets) {
  public HomeStore {
    paths = paths == null ? List.of() : List.copyOf(paths);
    references = references == null ? List.of() : List.copyOf(references);
    secrets = secrets == null ? List.of() : List.copyOf(secrets);
  }

  /**
   * A credential-bearing key: a dotted path where {@code *} is one key and {@code **} any run of keys.
   *
   * @param when top-level keys and the values they must have for this entry to apply
   */
  public record Secret(String key, Map<String, String> when, String scope, String evidence) {
    public Secret {
      when = when == null ? Map.of() : Map.copyOf(when);
    }

    boolean matches(String path) {
      return keyPattern(key).matcher(path).matches();
    }

    ScopeVerdict verdict() {
      return new ScopeVerdict(Scope.fromLabel(scope), Environment.UNKNOWN, evidence);
    }
  }

  /** The analyzer rule this store's findings are reported under; it never runs in the regex engine. */
  Rule rule() {
    ScopeVerdict scope = secrets.isEmpty()
        ? new ScopeVerdict(Scope.UNKNOWN, Environment.UNKNOWN, "not visible offline")
        : secrets.get(0).verdict();
    return new Rule(id, tool, kind, description, remediation, references, RulePattern.of("(?!)"), List.of(), 1, 0,
        List.of(), List.of(), scope, new Rule.Examples(List.of(), List.of()));
  }

  static Pattern keyPattern(String key) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < key.length()) {
      if (key.startsWith("**", i)) {
        regex.append(".*");
        i += 2;
      } else if (key.charAt(i) == '*') {
        regex.append("[^.]*");
        i++;
      } else {
        regex.append(Pattern.quote(String.valueOf(key.charAt(i))));
        i++;
      }
    }
    return Pattern.compile(regex.toString());
  }
}
