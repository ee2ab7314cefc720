package org.datasetkit.core.deposit;

import java.time.Duration;

/**
 * How a request that may succeed later (a dropped connection, a 5xx, a 429) is retried: up to {@code attempts} tries
 * in all, waiting {@code firstDelay}, then twice as long each time, never more than {@code maxDelay} (or what the
 * service's {@code Retry-After} asks, within that cap).
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (attempts < 1 || attempts > 100) {
            throw new IllegalArgumentException("attempts must be between 1 and 100, not " + attempts);
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("delays must be 0 or more, the longest at least the first");
        }
    }

    /** Five tries over about half a minute. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    /** The wait before try {@code next} (2 for the first retry). */
    Duration delayBefore(int next) {
        long factor = 1L << Math.min(20, Math.max(0, next - 2));
        Duration d = firstDelay.multipliedBy(factor);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    /** The service's own wait (Retry-After seconds), capped. */
    Duration capped(Duration asked) {
        return asked.compareTo(maxDelay) > 0 ? maxDelay : asked;
    }
}
