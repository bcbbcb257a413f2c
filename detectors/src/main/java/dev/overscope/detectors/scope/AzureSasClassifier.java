package dev.overscope.detectors.scope;

import dev.overscope.core.rule.Candidate;
import dev.overscope.core.rule.ScopeClassifier;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an Azure Storage shared access signature's query parameters, which state its power in plain text:
 * {@code sp} permissions, {@code ss} services and {@code srt} resource types (account SAS), {@code sr} (service SAS),
 * {@code se} expiry, {@code sip} IP range. An account SAS that can write or delete, from any address, for more than a
 * year is broad; one that can only read and list is read-only; anything narrower is scoped.
 */
public final class AzureSasClassifier implements ScopeClassifier {
  private static final String READ_ONLY_PERMISSIONS = "rl";
  private static final long LONG_LIVED_DAYS = 365;
  private static final String TOKEN_BOUNDARY = " \t\r\n\"'`?<>()";

  @Override
  public String name() {
    return "azure-sas";
  }

  @Override
  public Optional<ScopeVerdict> classify(Candidate candidate) {
    Map<String, String> params = parameters(queryString(candidate));
    String permissions = params.getOrDefault("sp", "");
    if (permissions.isEmpty()) {
      if (params.containsKey("si")) {
        return verdict(Scope.UNKNOWN, "SAS refers to stored access policy si=" + params.get("si")
            + ", which holds its permissions and expiry server-side");
      }
      return Optional.empty();
    }
    boolean account = params.containsKey("srt");
    String what = account
        ? "account SAS (services " + params.getOrDefault("ss", "?") + ", resource types " + params.get("srt") + ")"
        : "service SAS (resource " + params.getOrDefault("sr", "?") + ")";
    if (READ_ONLY_PERMISSIONS.chars().boxed().toList().containsAll(permissions.chars().boxed().toList())) {
      return verdict(Scope.READ_ONLY, what + " with permissions sp=" + permissions + ": read and list only");
    }
    Optional<Long> days = lifetimeDays(params);
    boolean writes = permissions.indexOf('w') >= 0 || permissions.indexOf('d') >= 0;
    boolean anyAddress = !params.containsKey("sip");
    boolean longLived = days.map(d -> d > LONG_LIVED_DAYS).orElse(false);
    String lifetime = days.map(d -> "valid " + d + " days").orElse("expiry unreadable");
    String where = anyAddress ? "from any IP address" : "only from " + params.get("sip");
    if (account && writes && anyAddress && longLived) {
      return verdict(Scope.BROAD, what + " with permissions sp=" + permissions + ", " + where + ", " + lifetime
          + ": writes and deletes across the storage account");
    }
    return verdict(Scope.SCOPED, what + " with permissions sp=" + permissions + ", " + where + ", " + lifetime);
  }

  /** The query string holding the match: from the token boundary before it to the end of the match. */
  private static String queryString(Candidate candidate) {
    CharSequence text = candidate.text();
    int start = candidate.matchStart();
    while (start > 0 && TOKEN_BOUNDARY.indexOf(text.charAt(start - 1)) < 0 && candidate.matchStart() - start < 600) {
      start--;
    }
    return text.subSequence(start, candidate.matchEnd()).toString();
  }

  static Map<String, String> parameters(String query) {
    Map<String, String> params = new HashMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        String key = pair.substring(0, eq).replace("amp;", "");
        params.putIfAbsent(key, decode(pair.substring(eq + 1)));
      }
    }
    return params;
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return value;
    }
  }

  /** Days from {@code st} (or today, when the SAS states no start) to {@code se}. */
  private static Optional<Long> lifetimeDays(Map<String, String> params) {
    Optional<LocalDate> expiry = date(params.get("se"));
    if (expiry.isEmpty()) {
      return Optional.empty();
    }
    LocalDate start = date(params.get("st")).orElse(LocalDate.now());
    return Optional.of(ChronoUnit.DAYS.between(start, expiry.get()));
  }

  private static Optional<LocalDate> date(String value) {
    if (value == null || value.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<ScopeVerdict> verdict(Scope scope, String evidence) {
    return Optional.of(new ScopeVerdict(scope, Environment.UNKNOWN, evidence));
  }
}
