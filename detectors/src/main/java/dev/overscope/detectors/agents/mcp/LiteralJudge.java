package dev.overscope.detectors.agents.mcp;

import dev.overscope.core.engine.Entropy;
import dev.overscope.detectors.validators.PlaceholderFilter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a configuration value is a literal credential. The bar is low on purpose: a value under a
 * secret-sounding name counts unless it is a reference, a placeholder, a URL without credentials, a boolean, a number
 * or a path; under any other name it must also look random.
 */
public final class LiteralJudge {
  private static final int MIN_LENGTH = 8;
  private static final Pattern REFERENCE = Pattern.compile(
      "(?s).*(?:\\$\\{|\\{\\{).*|\\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|env:[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern SECRET_NAME = Pattern.compile(
      "(?i).*(token|key|secret|passw|pwd|auth|credential|private|session|cookie|signature|\\bpat\\b|_pat$|^pat_|dsn).*");
  /** Names that hold identifiers and addresses even when they contain a secret-sounding word (OAUTH_CLIENT_ID). */
  private static final Pattern NOT_SECRET_NAME = Pattern.compile(
      "(?i).*(_id|_url|_uri|_host|_port|_user|_username|_name|_region|_endpoint|_model|_path|_dir|_file|_email)$");
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
  private static final Pattern PATH = Pattern.compile(
      "(?:/|\\./|\\.\\./|~[/\\\\]|[A-Za-z]:[\\\\/]).*|[\\w.-]+(?:/[\\w.-]+)+\\.[A-Za-z]{1,5}");
  private static final Pattern SCHEME = Pattern.compile("(?i)(bearer|basic|token|apikey|api-key)\\s+(.+)");

  private LiteralJudge() {}

  /** True for a value that names a secret kept elsewhere: {@code ${VAR}}, {@code ${env:X}}, {@code $COPILOT_MCP_X}. */
  public static boolean isReference(String value) {
    String v = value.strip();
    return REFERENCE.matcher(v).matches() || REFERENCE.matcher(withoutScheme(v)).matches();
  }

  /** The credential part of a header value: {@code Bearer abc} gives {@code abc}. */
  public static String withoutScheme(String value) {
    var matcher = SCHEME.matcher(value.strip());
    return matcher.matches() ? matcher.group(2).strip() : value.strip();
  }

  /** True when {@code value}, held under {@code name}, counts as a literal credential. */
  public static boolean isCredential(String name, String value) {
    String v = value.strip();
    if (v.length() < MIN_LENGTH || isReference(v) || PlaceholderFilter.isPlaceholder(v)) {
      return false;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false") || NUMBER.matcher(v).matches() || PATH.matcher(v).matches()
        || v.contains("://")) {
      return false;
    }
    if (NOT_SECRET_NAME.matcher(name).matches()) {
      return false;
    }
    if (SECRET_NAME.matcher(name).matches()) {
      return !v.contains(" ") || v.length() >= 24;
    }
    return looksRandom(v);
  }

  /**
   * Under a name that says nothing, only a mixed-case, digit-bearing, high-entropy run counts: model names, ids and
   * UUIDs (project ids are UUIDs too) do not.
   */
  private static boolean looksRandom(String value) {
    boolean upper = value.chars().anyMatch(Character::isUpperCase);
    boolean lower = value.chars().anyMatch(Character::isLowerCase);
    boolean digit = value.chars().anyMatch(Character::isDigit);
    return value.length() >= 20 && !value.contains(" ") && upper && lower && digit
        && Entropy.shannon(value) >= 3.5;
  }
}
