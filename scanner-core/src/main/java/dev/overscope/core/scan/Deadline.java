package dev.overscope.core.scan;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * When a scan's time budget runs out. Sources ask {@link #passedNow()} before each blob they read (one clock read),
 * so a test clock that ticks per question makes the cut-off fall at the same blob every run; the scanner asks
 * {@link #hasPassed()} afterwards, which never reads the clock. Once passed it stays passed.
 */
final class Deadline {
  private final Optional<Duration> budget;
  private final Clock clock;
  private final long endMillis;
  private volatile boolean passed;

  private Deadline(Optional<Duration> budget, Clock clock) {
    this.budget = budget;
    this.clock = clock;
    this.endMillis = budget.map(limit -> saturatedAdd(clock.millis(), limit.toMillis())).orElse(Long.MAX_VALUE);
  }

  /** A deadline {@code budget} after now on {@code clock}; never, for an empty budget. */
  static Deadline after(Optional<Duration> budget, Clock clock) {
    return new Deadline(budget, clock);
  }

  /** True once the budget has run out; reads the clock until it has. */
  boolean passedNow() {
    if (!passed && budget.isPresent() && clock.millis() >= endMillis) {
      passed = true;
    }
    return passed;
  }

  /** True when a source has already seen the budget run out; never reads the clock. */
  boolean hasPassed() {
    return passed;
  }

  Optional<Duration> budget() {
    return budget;
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }
}
