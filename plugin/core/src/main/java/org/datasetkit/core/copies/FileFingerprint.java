package org.datasetkit.core.copies;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What identifies one payload file across copies of it. A million of these are held from the copy check to the end of
 * the build, so the SHA-256 is kept as four numbers (not 64 hex characters in a String of their own), the path is the
 * dataset file's own String, and what only images, DICOM and tables have sits in one object that plain files share
 * none of: 64 bytes a plain file, against 150 as a record of hex Strings. Equal, hashed and printed as the record it
 * was.
 *
 * <p>{@code path}: the path inside the dataset ({@code /}-separated); {@code size}: bytes; {@code sha256}: the file's
 * SHA-256, lower-case hex; {@code kind}: what the file is ({@code png}, {@code dicom}, {@code csv}, ...);
 * {@code pixels}: SHA-256 of the decoded grey values and the image's size, equal when only the encoding changed;
 * {@code phash}: the {@code phash-v1} perceptual hash, for images that have structure; {@code uids}: the DICOM
 * instance's UIDs, hashed; {@code rows}: SHA-256 (first 128 bits, hex) of each normalised table row, sorted, without
 * repeats.
 */
public final class FileFingerprint {

    /**
     * SHA-256 (hex) of a DICOM file's SOP, Series and Study Instance UID strings: unsalted, so that anyone holding a
     * copy can check it, and never the UIDs themselves, which must not travel in clear. Empty strings when absent.
     */
    public record DicomUids(String sop, String series, String study) {}

    /** What decoding found: null for a file known by its checksum and kind alone. */
    private record Decoded(Optional<String> pixels, OptionalLong phash, Optional<DicomUids> uids, List<String> rows) {}

    private final String path;
    private final long size;
    private final long sha0;
    private final long sha1;
    private final long sha2;
    private final long sha3;
    private final String kind;
    private final Decoded decoded;

    public FileFingerprint(String path, long size, String sha256, String kind, Optional<String> pixels,
            OptionalLong phash, Optional<DicomUids> uids, List<String> rows) {
        this(path, size, Sha256Words.of(Objects.requireNonNull(sha256, "sha256")), kind,
                decoded(pixels, phash, uids, rows));
    }

    private FileFingerprint(String path, long size, long[] sha, String kind, Decoded decoded) {
        this(path, size, sha[0], sha[1], sha[2], sha[3], kind, decoded);
    }

    private FileFingerprint(String path, long size, long sha0, long sha1, long sha2, long sha3, String kind,
            Decoded decoded) {
        this.path = Objects.requireNonNull(path, "path");
        this.size = size;
        this.sha0 = sha0;
        this.sha1 = sha1;
        this.sha2 = sha2;
        this.sha3 = sha3;
        this.kind = kind;
        this.decoded = decoded;
    }

    private static Decoded decoded(Optional<String> pixels, OptionalLong phash, Optional<DicomUids> uids,
            List<String> rows) {
        Objects.requireNonNull(pixels, "pixels");
        Objects.requireNonNull(phash, "phash");
        Objects.requireNonNull(uids, "uids");
        List<String> copied = List.copyOf(rows);
        boolean nothing = pixels.isEmpty() && phash.isEmpty() && uids.isEmpty() && copied.isEmpty();
        return nothing ? null : new Decoded(pixels, phash, uids, copied);
    }

    /** A file known by its checksum only (a manifest line, a listing). */
    public static FileFingerprint checksumOnly(String path, String sha256) {
        return new FileFingerprint(path, -1, sha256, "other", Optional.empty(), OptionalLong.empty(), Optional.empty(),
                List.of());
    }

    /** The same fingerprint for another file with the same content (the cache is keyed by content). */
    FileFingerprint at(String otherPath, long otherSize) {
        return new FileFingerprint(otherPath, otherSize, sha0, sha1, sha2, sha3, kind, decoded);
    }

    public String path() {
        return path;
    }

    public long size() {
        return size;
    }

    /** Lower-case hex, spelt when asked. */
    public String sha256() {
        return Sha256Words.hex(sha0, sha1, sha2, sha3);
    }

    public String kind() {
        return kind;
    }

    public Optional<String> pixels() {
        return decoded == null ? Optional.empty() : decoded.pixels();
    }

    public OptionalLong phash() {
        return decoded == null ? OptionalLong.empty() : decoded.phash();
    }

    public Optional<DicomUids> uids() {
        return decoded == null ? Optional.empty() : decoded.uids();
    }

    public List<String> rows() {
        return decoded == null ? List.of() : decoded.rows();
    }

    /** Whether the two files have the same SHA-256. */
    boolean sameContent(FileFingerprint other) {
        return sha0 == other.sha0 && sha1 == other.sha1 && sha2 == other.sha2 && sha3 == other.sha3;
    }

    /** Orders by SHA-256 as its hex sorts. */
    int compareContent(FileFingerprint other) {
        int c = Long.compareUnsigned(sha0, other.sha0);
        c = c != 0 ? c : Long.compareUnsigned(sha1, other.sha1);
        c = c != 0 ? c : Long.compareUnsigned(sha2, other.sha2);
        return c != 0 ? c : Long.compareUnsigned(sha3, other.sha3);
    }

    /** The first 64 bits of the SHA-256. */
    long contentPrefix() {
        return sha0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileFingerprint f && path.equals(f.path) && size == f.size && sameContent(f)
                && Objects.equals(kind, f.kind) && Objects.equals(decoded, f.decoded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, size, sha0, sha1, sha2, sha3, kind, decoded);
    }

    @Override
    public String toString() {
        return "FileFingerprint[path=" + path + ", size=" + size + ", sha256=" + sha256() + ", kind=" + kind
                + ", pixels=" + pixels() + ", phash=" + phash() + ", uids=" + uids() + ", rows=" + rows() + "]";
    }
}
