package dev.overscope.core.scan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves on by a fixed step each time it is read: a time budget then runs out at a known question. */
final class TickingClock extends Clock {
  private final Duration step;
  private Instant now = Instant.parse("2025-03-01T10:00:00Z");
  private int reads;

  TickingClock(Duration step) {
    this.step = step;
  }

  @Override
  public synchronized Instant instant() {
    reads++;
    Instant read = now;
    now = now.plus(step);
    return read;
  }

  synchronized int reads() {
    return reads;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a test clock has one zone");
  }
}
