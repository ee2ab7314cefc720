package org.datasetkit.core.privacy;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the gate.
 *
 * @param threads threads reading files, at least one
 * @param cacheFile where the gate's cache lives ({@link PrivacyCache}), or empty to read every file and keep nothing
 * @param force read every file even when the cache knows it unchanged (the cache is still rewritten)
 * @param version datasetkit's version, part of what a cached outcome must have been found under
 */
public record PrivacyScanOptions(int threads, Optional<Path> cacheFile, boolean force, String version) {

    public PrivacyScanOptions {
        threads = Math.max(1, threads);
        Objects.requireNonNull(cacheFile, "cacheFile");
        Objects.requireNonNull(version, "version");
    }

    /** Every file read, nothing kept. */
    public static PrivacyScanOptions uncached(int threads) {
        return new PrivacyScanOptions(threads, Optional.empty(), false, "");
    }
}
