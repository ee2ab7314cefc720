package org.datasetkit.core.bag;

import java.util.Locale;
import java.util.Optional;

/**
 * How deeply a bag is verified, as bagit-python's {@code --fast} and full validation: {@link #FULL} reads every file
 * and compares every checksum (RFC 8493 §3 "valid"); {@link #FAST} checks the structure, that the manifests and the
 * payload list the same files (§3 "complete"), the Payload-Oxum and the sizes, and the tag manifests, but reads no
 * payload file: it cannot tell a changed byte, and its result says so.
 */
public enum VerificationTier {
    FAST("fast", "structure, completeness, Payload-Oxum and sizes; no payload file read"),
    FULL("full", "every checksum");

    private final String word;
    private final String checks;

    VerificationTier(String word, String checks) {
        this.word = word;
        this.checks = checks;
    }

    /** The tier as users name it: {@code fast} or {@code full}. */
    public String word() {
        return word;
    }

    /** What the tier checks, in words for the log. */
    public String checks() {
        return checks;
    }

    /**
     * A user's choice: {@code auto} (empty: the build chooses per situation), {@code fast} or {@code full}; anything
     * else is refused.
     */
    public static Optional<VerificationTier> choice(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "auto", "" -> Optional.empty();
            case "fast" -> Optional.of(FAST);
            case "full" -> Optional.of(FULL);
            default -> throw new IllegalArgumentException("must be auto, fast or full, not '" + value + "'");
        };
    }
}
