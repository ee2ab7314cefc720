package org.datasetkit.core.copies;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What identifies one payload file across copies of it.
 *
 * @param path the path inside the dataset ({@code /}-separated)
 * @param size bytes
 * @param sha256 the file's SHA-256, lower-case hex
 * @param kind what the file is ({@code png}, {@code dicom}, {@code csv}, ...)
 * @param pixels SHA-256 of the decoded grey values and the image's size: equal when only the encoding changed
 * @param phash the {@code phash-v1} perceptual hash, for images that have structure
 * @param uids the DICOM instance's UIDs, hashed
 * @param rows SHA-256 (first 128 bits, hex) of each normalised table row, sorted, without repeats
 */
public record FileFingerprint(String path, long size, String sha256, String kind, Optional<String> pixels,
        OptionalLong phash, Optional<DicomUids> uids, List<String> rows) {

    /**
     * SHA-256 (hex) of a DICOM file's SOP, Series and Study Instance UID strings: unsalted, so that anyone holding a
     * copy can check it, and never the UIDs themselves, which must not travel in clear. Empty strings when absent.
     */
    public record DicomUids(String sop, String series, String study) {}

    public FileFingerprint {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(phash, "phash");
        Objects.requireNonNull(uids, "uids");
        rows = List.copyOf(rows);
    }

    /** A file known by its checksum only (a manifest line, a listing). */
    public static FileFingerprint checksumOnly(String path, String sha256) {
        return new FileFingerprint(path, -1, sha256, "other", Optional.empty(), OptionalLong.empty(), Optional.empty(),
                List.of());
    }

    /** The same fingerprint for another file with the same content (the cache is keyed by content). */
    FileFingerprint at(String otherPath, long otherSize) {
        return new FileFingerprint(otherPath, otherSize, sha256, kind, pixels, phash, uids, rows);
    }
}
