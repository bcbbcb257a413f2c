package dev.overscope.detectors.scope;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Snowflake role a connection uses ({@code role=ACCOUNTADMIN} in a URL, {@code role = "…"} in
 * {@code connections.toml} or dbt's {@code profiles.yml}, {@code SNOWFLAKE_ROLE=…}). ACCOUNTADMIN, ORGADMIN and
 * SECURITYADMIN can grant themselves anything; SYSADMIN owns every warehouse and database it created.
 */
public final class SnowflakeRoleClassifier implements ScopeClassifier {
  private static final Pattern ROLE =
      Pattern.compile("(?i)(?<![A-Za-z0-9])role[\"']?\\s{0,4}[=:]\\s{0,4}[\"']?([A-Za-z_][A-Za-z0-9_$]{0,63})");
  private static final Set<String> ADMIN_ROLES = Set.of("ACCOUNTADMIN", "ORGADMIN", "SECURITYADMIN");
  private static final int WINDOW = 600;

  @Override
  public String name() {
    return "snowflake-role";
  }

  @Override
  public Optional<ScopeVerdict> classify(Candidate candidate) {
    Matcher m = ROLE.matcher(Surroundings.around(candidate, WINDOW, WINDOW));
    if (!m.find()) {
      return Optional.empty();
    }
    String role = m.group(1).toUpperCase(Locale.ROOT);
    if (ADMIN_ROLES.contains(role)) {
      return Optional.of(new ScopeVerdict(Scope.ROOT, Environment.UNKNOWN, "connects with role " + role
          + ", which administers the whole Snowflake account (users, grants, every database)"));
    }
    if (role.equals("SYSADMIN")) {
      return Optional.of(new ScopeVerdict(Scope.BROAD, Environment.UNKNOWN,
          "connects with role SYSADMIN, which owns the account's warehouses and databases"));
    }
    return Optional.of(new ScopeVerdict(Scope.UNKNOWN, Environment.UNKNOWN,
        "connects with role " + role + ": its grants are not visible offline"));
  }
}
