package org.datasetkit.core.bag;

import java.util.Locale;
import java.util.Set;

/**
 * Which payload files are worth deflating. Images and archives are already compressed: deflating them costs CPU
 * for nothing, so they are STORED. In {@link #AUTO} mode any other file is deflated only if that saves at least
 * {@link #SAVING 1/32} of it, Info-ZIP's rule made a little stricter (its {@code zip} stores a file whose deflated
 * form is not smaller, "stored 0%"): a file whose first 64 KiB show evenly spread byte values and almost no repeated
 * string (random, encrypted or already-compressed data in a format not known by name) is stored without being
 * deflated at all, which costs a small fraction of deflating it; any other is deflated and stored as it is if the
 * saving falls short. Empty files are stored. The decision depends on the file's bytes only, so it is the same
 * whatever the number of threads; the first test is the same on every machine, the second depends on zlib's output,
 * as the deflated bytes themselves do.
 */
public enum Compression {
    /** Deflate what compresses by at least 1/32, store the rest. */
    AUTO,
    /** Store everything: fastest, and byte-identical across JDKs whatever their zlib. */
    STORED;

    /** Deflate must save at least 1/SAVING of a file's size, or the file is stored. */
    static final int SAVING = 32;

    /** Formats whose content signature is not checked but which are compressed inside (by name). */
    private static final Set<String> ALREADY_COMPRESSED = Set.of("npz", "parquet", "mp4", "mkv", "webm",
            "mp3", "flac", "docx", "xlsx", "pptx", "odt", "ods");

    public static Compression parse(String value) {
        for (Compression c : values()) {
            if (c.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("must be 'auto' or 'stored', not '" + value + "'");
    }

    /**
     * Whether a payload file is offered to deflate: not when its content was seen to be compressed already (images,
     * archives, DICOM with a compressed transfer syntax), nor for the compressed formats known by name. A zip bundle
     * still stores an offered file that does not shrink enough (see the class comment).
     */
    public boolean deflates(String path, boolean compressedContent) {
        if (this == STORED || compressedContent) {
            return false;
        }
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 || !ALREADY_COMPRESSED.contains(name.substring(dot + 1));
    }

    /** Whether deflating {@code size} bytes into {@code deflatedSize} saves enough to keep the deflated form. */
    static boolean saves(long size, long deflatedSize) {
        return deflatedSize * SAVING <= size * (SAVING - 1);
    }
}
