package org.datasetkit.core.bag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The fixed time every archive entry gets, read the way Maven's own archivers read
 * {@code project.build.outputTimestamp}: ISO-8601 with an offset, or seconds since the epoch; a one-character value
 * (such as {@code _}) means "not set". The valid range is that of ZIP's DOS times.
 */
public final class OutputTimestamp {

    static final Instant MIN = Instant.parse("1980-01-01T00:00:02Z");
    static final Instant MAX = Instant.parse("2099-12-31T23:59:59Z");

    private OutputTimestamp() {}

    /**
     * @param configured the configured value, possibly null or empty
     * @return the instant, or empty when the value says "not set"
     * @throws IllegalArgumentException when the value is neither form, or out of range; the message says how to fix it
     */
    public static Optional<Instant> parse(String configured) {
        if (configured == null || configured.trim().length() < 2) {
            return Optional.empty();
        }
        String value = configured.trim();
        Instant instant;
        if (value.chars().allMatch(Character::isDigit)) {
            instant = Instant.ofEpochSecond(Long.parseLong(value));
        } else {
            try {
                instant = OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("project.build.outputTimestamp '" + value
                        + "' is neither an ISO-8601 time with offset (2026-05-01T00:00:00Z) nor seconds since 1970");
            }
        }
        if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
            throw new IllegalArgumentException("project.build.outputTimestamp '" + value
                    + "' is outside the range archives can store (" + MIN + " to " + MAX + ")");
        }
        return Optional.of(instant);
    }
}
