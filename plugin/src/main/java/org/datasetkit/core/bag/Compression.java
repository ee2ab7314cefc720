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

    private static final Set<String> ALREADY_COMPRESSED = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "jp2", "j2k", "tif", "tiff", "dcm",
            "gz", "tgz", "zip", "bz2", "xz", "zst", "7z", "npz", "parquet", "mp4", "mkv", "webm", "mp3", "flac", "nii.gz");

    public static Compression parse(String value) {
        for (Compression c : values()) {
            if (c.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("dataset.compression must be 'auto' or 'stored', not '" + value + "'");
    }

    /** Whether the file at {@code path} should be deflated. */
    public boolean deflates(String path) {
        if (this == STORED) {
            return false;
        }
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 || !ALREADY_COMPRESSED.contains(name.substring(dot + 1));
    }
}
