package org.datasetkit.core.bag;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.output.AtomicFile;

/**
 * A file of the bag generated on disk rather than in memory, because it grows with the number of payload files (the
 * RO-Crate, the payload manifests): written once, with its size and checksums computed as it is written, then copied
 * into the bag.
 *
 * @param name its path inside {@code data/} for a payload file, or inside the bag for a tag file
 * @param file where it was written, under the build's work folder
 * @param digests its checksums: SHA-256 always, and every algorithm asked for
 */
public record SpooledFile(String name, Path file, long size, Map<DigestAlgorithm, String> digests) {

    public SpooledFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        digests = Map.copyOf(digests);
    }

    public String digest(DigestAlgorithm algorithm) {
        return digests.get(algorithm);
    }

    /** Writes {@code content} to {@code file} (atomically), hashing it with SHA-256 and {@code algorithms} as it goes. */
    public static SpooledFile write(Path file, String name, Collection<DigestAlgorithm> algorithms, AtomicFile.Content content)
            throws IOException {
        Map<DigestAlgorithm, MessageDigest> digests = new EnumMap<>(DigestAlgorithm.class);
        digests.put(DigestAlgorithm.SHA256, DigestAlgorithm.SHA256.newDigest());
        algorithms.forEach(a -> digests.computeIfAbsent(a, DigestAlgorithm::newDigest));
        long[] size = new long[1];
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, out -> {
            OutputStream hashing = new FilterOutputStream(out) {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    for (MessageDigest d : digests.values()) {
                        d.update(b, off, len);
                    }
                    size[0] += len;
                    out.write(b, off, len);
                }
            };
            // in large blocks, whatever the writer's own: one digest update and one system call per 64 KiB
            BufferedOutputStream buffered = new BufferedOutputStream(hashing, 1 << 16);
            content.writeTo(buffered);
            buffered.flush();
        });
        Map<DigestAlgorithm, String> hex = new EnumMap<>(DigestAlgorithm.class);
        digests.forEach((a, d) -> hex.put(a, DigestAlgorithm.toHex(d.digest())));
        return new SpooledFile(name, file, size[0], hex);
    }
}
