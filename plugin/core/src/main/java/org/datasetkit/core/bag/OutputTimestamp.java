package org.datasetkit.core.bag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
     * The entries' time for one build: {@code project.build.outputTimestamp} when set, else {@code SOURCE_DATE_EPOCH}
     * (the reproducible-builds convention), else the datasheet's publication date at midnight UTC.
     *
     * @return the time, or empty when none of the three is given
     * @throws IllegalArgumentException "setting: reason" for a value that is set but wrong
     */
    public static Optional<Instant> choose(String configured, String sourceDateEpoch, Optional<String> datePublished) {
        return choose(configured, "the output timestamp", sourceDateEpoch, datePublished);
    }

    /** As above, naming the configured value the way the front end's users know it. */
    public static Optional<Instant> choose(String configured, String configuredName, String sourceDateEpoch,
            Optional<String> datePublished) {
        Optional<Instant> instant = named(configuredName, configured);
        if (instant.isEmpty() && sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            instant = named("SOURCE_DATE_EPOCH", sourceDateEpoch.trim());
        }
        return instant.or(() -> datePublished.map(d -> LocalDate.parse(d).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private static Optional<Instant> named(String setting, String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + ": " + e.getMessage(), e);
        }
    }

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
                throw new IllegalArgumentException("'" + value + "' is neither an ISO-8601 time with offset (2026-05-01T00:00:00Z) nor seconds since 1970");
            }
        }
        if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
            throw new IllegalArgumentException("'" + value + "' is outside the range archives can store (" + MIN + " to " + MAX + ")");
        }
        return Optional.of(instant);
    }
}
