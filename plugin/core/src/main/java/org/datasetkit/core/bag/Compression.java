package org.datasetkit.core.bag;

import java.util.Locale;
import java.util.Set;

/**
 * Which payload files are worth deflating. Images and archives are already compressed: deflating them costs CPU
 * for nothing, so they are STORED.
 */
public enum Compression {
    /** Deflate what compresses, store what is already compressed. */
    AUTO,
    /** Store everything: fastest, and byte-identical across JDKs whatever their zlib. */
    STORED;

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
     * Whether a payload file should be deflated: not when its content was seen to be compressed already (images,
     * archives, DICOM with a compressed transfer syntax), nor for the compressed formats known by name.
     */
    public boolean deflates(String path, boolean compressedContent) {
        if (this == STORED || compressedContent) {
            return false;
        }
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 || !ALREADY_COMPRESSED.contains(name.substring(dot + 1));
    }
}
