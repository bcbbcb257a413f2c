package dev.overscope.report;

import dev.overscope.core.reach.Reach;
import dev.overscope.core.scope.Environment;
import dev.overscope.core.scope.Scope;
import dev.overscope.core.scope.ScopeVerdict;

/**
 * GitHub code scanning's 0.1–10.0 {@code security-severity}: the blast radius sets the base, the reach moves it (up
 * when agents load the secret into every session, down when it is only in history or a home directory), and a
 * test-mode credential never rises above "low". Documented in {@code docs/reports.md}; keep the two in step.
 */
public final class SecuritySeverity {
  /** Test-mode credentials (sk_test_…) move no real money or data: "low" at most. */
  static final double TEST_CEILING = 3.9;

  private SecuritySeverity() {}

  public static double base(Scope scope) {
    return switch (scope) {
      case ROOT -> 9.5;
      case BROAD -> 8.5;
      case UNKNOWN -> 7.5;
      case SCOPED -> 5.5;
      case READ_ONLY -> 4.0;
      case PUBLIC -> 2.0;
    };
  }

  public static double shift(Reach reach) {
    return switch (reach) {
      case CONTEXT -> 0.7;
      case WORKSPACE -> 0.0;
      case HOME -> -1.0;
      case HISTORY -> -1.5;
    };
  }

  public static double of(Scope scope, Reach reach) {
    return clamp(base(scope) + shift(reach));
  }

  public static double of(ScopeVerdict verdict, Reach reach) {
    double score = of(verdict.scope(), reach);
    return verdict.environment() == Environment.TEST ? Math.min(score, TEST_CEILING) : score;
  }

  /** The score as SARIF carries it: a string holding one decimal ("9.5"). */
  public static String format(double score) {
    return Wording.oneDecimal(score);
  }

  /** GitHub's bands: critical above 9.0, high from 7.0, medium from 4.0, low below. */
  public static String band(double score) {
    if (score > 9.0) {
      return "critical";
    }
    if (score >= 7.0) {
      return "high";
    }
    return score >= 4.0 ? "medium" : "low";
  }

  private static double clamp(double score) {
    return Math.max(0.1, Math.min(10.0, Math.round(score * 10) / 10.0));
  }
}
