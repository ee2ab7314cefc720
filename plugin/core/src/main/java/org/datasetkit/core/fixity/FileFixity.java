package org.datasetkit.core.fixity;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.datasetkit.core.dataset.DatasetFile;

/**
 * The checksums of one payload file and what its first bytes showed. A million of these are held at once, so the
 * checksums are kept as their bytes, one after the other in the order of {@code algorithms} (a list shared by every
 * file of a run), and spelt in hex only when asked: {@link #digest}.
 *
 * @param file the file
 * @param algorithms the algorithms of {@code packedDigests}, in their order
 * @param packedDigests the checksums' bytes, one after the other; the accessor answers a copy
 * @param compressed the content is already compressed (an image format, an archive, compressed DICOM), seen in the
 *     same read that computed the checksums
 * @param changeTime the file's change time (ctime, ns) while it was read, or {@link Long#MIN_VALUE} where unknown
 */
public record FileFixity(DatasetFile file, List<DigestAlgorithm> algorithms, byte[] packedDigests, boolean compressed,
        long changeTime) {

    public FileFixity {
        algorithms = List.copyOf(algorithms); // the same list when it is already one (every file of a run shares it)
        int length = 0;
        for (DigestAlgorithm a : algorithms) {
            length += a.byteLength();
        }
        if (packedDigests.length != length) {
            throw new IllegalArgumentException(packedDigests.length + " bytes of checksums for " + algorithms
                    + ", which take " + length);
        }
    }

    /** Checksums given in hex (upper or lower case), by algorithm. */
    public FileFixity(DatasetFile file, Map<DigestAlgorithm, String> digests, boolean compressed, long changeTime) {
        this(file, List.copyOf(ordered(digests).keySet()), packHex(ordered(digests)), compressed, changeTime);
    }

    /** Checksums given in hex, whose file's change time is not known. */
    public FileFixity(DatasetFile file, Map<DigestAlgorithm, String> digests, boolean compressed) {
        this(file, digests, compressed, ChangeTime.UNKNOWN);
    }

    /** The checksum of {@code algorithm} in lower-case hex, or null when it was not computed. */
    public String digest(DigestAlgorithm algorithm) {
        int at = offset(algorithm);
        return at < 0 ? null : DigestAlgorithm.toHex(packedDigests, at, algorithm.byteLength());
    }

    /** Whether the checksum of {@code algorithm} was computed. */
    public boolean has(DigestAlgorithm algorithm) {
        return algorithms.contains(algorithm);
    }

    /** Every checksum in lower-case hex, by algorithm (made when asked). */
    public Map<DigestAlgorithm, String> digests() {
        Map<DigestAlgorithm, String> hex = new EnumMap<>(DigestAlgorithm.class);
        for (DigestAlgorithm a : algorithms) {
            hex.put(a, digest(a));
        }
        return hex;
    }

    @Override
    public byte[] packedDigests() {
        return packedDigests.clone();
    }

    /** Appends the checksum of {@code algorithm} in lower-case hex, which must have been computed. */
    void appendHex(DigestAlgorithm algorithm, Utf8Buffer out) {
        int at = offset(algorithm);
        if (at < 0) {
            throw new IllegalArgumentException("no " + algorithm.bagitName() + " checksum of " + file.path());
        }
        out.appendHex(packedDigests, at, algorithm.byteLength());
    }

    private int offset(DigestAlgorithm algorithm) {
        int at = 0;
        for (DigestAlgorithm a : algorithms) {
            if (a == algorithm) {
                return at;
            }
            at += a.byteLength();
        }
        return -1;
    }

    private static EnumMap<DigestAlgorithm, String> ordered(Map<DigestAlgorithm, String> digests) {
        EnumMap<DigestAlgorithm, String> ordered = new EnumMap<>(DigestAlgorithm.class);
        ordered.putAll(digests);
        return ordered;
    }

    private static byte[] packHex(EnumMap<DigestAlgorithm, String> ordered) {
        byte[] packed = new byte[ordered.keySet().stream().mapToInt(DigestAlgorithm::byteLength).sum()];
        int at = 0;
        for (Map.Entry<DigestAlgorithm, String> e : ordered.entrySet()) {
            at += DigestAlgorithm.fromHex(e.getValue(), packed, at, e.getKey());
        }
        return packed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileFixity f && file.equals(f.file) && algorithms.equals(f.algorithms)
                && Arrays.equals(packedDigests, f.packedDigests) && compressed == f.compressed
                && changeTime == f.changeTime;
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, algorithms, Arrays.hashCode(packedDigests), compressed, changeTime);
    }

    @Override
    public String toString() {
        return "FileFixity[file=" + file.path() + ", digests=" + digests() + ", compressed=" + compressed
                + ", changeTime=" + changeTime + "]";
    }
}
