package io.svmi.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down repeated failed sign-ins. After {@link #FREE_FAILURES} failures for one username (or
 * from one address), each further attempt must wait twice as long as the one before (one second,
 * two, four, ... at most five minutes); an attempt that comes too early is refused without checking
 * the password. A success clears the username's count. No thread ever sleeps: a refused attempt is
 * answered at once with 429.
 */
final class LoginThrottle {
  static final int FREE_FAILURES = 5;
  static final Duration MAX_WAIT = Duration.ofMinutes(5);
  /** Failures older than this are forgotten. */
  static final Duration MEMORY = Duration.ofMinutes(15);
  private static final int MAX_KEYS = 10_000;

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the caller must still wait before another attempt, or zero. */
  Duration waitFor(String username, String address) {
    Instant now = clock.instant();
    Duration a = wait(userKey(username), now);
    Duration b = wait("ip:" + address, now);
    return a.compareTo(b) >= 0 ? a : b;
  }

  void failed(String username, String address) {
    Instant now = clock.instant();
    if (failures.size() > MAX_KEYS) {
      failures.values().removeIf(f -> f.last().plus(MEMORY).isBefore(now));
    }
    for (String key : new String[] {userKey(username), "ip:" + address}) {
      failures.merge(key, new Failures(1, now), (old, one) -> fresh(old, now) ? new Failures(old.count() + 1, now) : one);
    }
  }

  void succeeded(String username) {
    failures.remove(userKey(username));
  }

  private Duration wait(String key, Instant now) {
    Failures f = failures.get(key);
    if (f == null || !fresh(f, now) || f.count() < FREE_FAILURES) {
      return Duration.ZERO;
    }
    int over = Math.min(f.count() - FREE_FAILURES, 20);
    Duration delay = Duration.ofSeconds(1L << over);
    if (delay.compareTo(MAX_WAIT) > 0) {
      delay = MAX_WAIT;
    }
    Duration left = Duration.between(now, f.last().plus(delay));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static boolean fresh(Failures f, Instant now) {
    return f.last().plus(MEMORY).isAfter(now);
  }

  private static String userKey(String username) {
    return "user:" + username.toLowerCase(Locale.ROOT);
  }
}
