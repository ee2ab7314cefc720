package org.datasetkit.core.datasheet;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The range a number in a datasheet must lie in, checked on its text before it is converted: a datasheet counts
 * instances and people and gives years and sizes, so a long holds every real value, and {@code 1e999999999} (a
 * billion-digit number once expanded), {@code 1e20} (no count of instances) or {@code .inf} can only be mistakes.
 */
final class DatasheetNumbers {

    /** Longer than any number a long or a decimal of a few digits can need. */
    static final int MAX_TEXT = 40;

    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final Pattern EXPONENT = Pattern.compile("[eE]([-+]?)0*(\\d+)$");

    private DatasheetNumbers() {}

    /** Why the number written {@code text} cannot be taken, or empty when it converts safely. */
    static Optional<String> problem(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.contains("inf") || t.contains("nan")) {
            return Optional.of("the number " + text + " is not finite");
        }
        if (t.length() > MAX_TEXT) {
            return Optional.of("the number " + shortened(text) + " is " + t.length() + " characters long");
        }
        Matcher e = EXPONENT.matcher(t);
        if (e.find() && e.group(2).length() > 3) {
            return Optional.of("the number " + text + " is out of range");
        }
        return Optional.empty();
    }

    /** Why the converted {@code value} is out of range, or empty. */
    static Optional<String> problem(String text, BigDecimal value) {
        if (value.compareTo(MAX) > 0 || value.compareTo(MIN) < 0) {
            return Optional.of("the number " + text + " is out of range");
        }
        return Optional.empty();
    }

    static String range() {
        return "numbers in a datasheet must be finite and lie between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE;
    }

    private static String shortened(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "...";
    }
}
