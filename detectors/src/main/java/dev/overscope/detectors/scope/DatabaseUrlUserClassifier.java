package dev.overscope.detectors.scope;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A database URL logging in as a superuser ({@code postgres}, {@code root}, {@code sa}, {@code admin}, Neon's
 * {@code neondb_owner}) controls the whole server: drop anything, read everything. Reads the rule's {@code user}
 * group.
 */
public final class DatabaseUrlUserClassifier implements ScopeClassifier {
  private static final Set<String> SUPERUSERS =
      Set.of("postgres", "root", "sa", "admin", "administrator", "neondb_owner", "rdsadmin", "azure_superuser");

  @Override
  public String name() {
    return "database-url-user";
  }

  @Override
  public Optional<ScopeVerdict> classify(Candidate candidate) {
    String user = candidate.groups().getOrDefault("user", "");
    // Supabase pooler users look like postgres.<project-ref>: still the postgres role.
    String role = user.toLowerCase(Locale.ROOT);
    int dot = role.indexOf('.');
    if (dot > 0) {
      role = role.substring(0, dot);
    }
    if (SUPERUSERS.contains(role)) {
      return Optional.of(new ScopeVerdict(Scope.ROOT, Environment.UNKNOWN,
          "logs in as '" + user + "', a superuser name: full control of the database server"));
    }
    if (!user.isEmpty()) {
      return Optional.of(new ScopeVerdict(Scope.UNKNOWN, Environment.UNKNOWN,
          "logs in as '" + user + "': that role's grants are not visible offline"));
    }
    return Optional.empty();
  }
}
