package org.datasetkit.core.fixity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.datasetkit.core.dataset.ChangeDetector;
import org.datasetkit.core.dataset.ContentSignature;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;

/**
 * Hashes files for one thread: one buffer and one digest per algorithm, reused from file to file. Each file is read
 * once for all algorithms; afterwards its size and modification time must still be what the scan saw, and nothing may
 * have written to it during the read (its change time), or the checksum would describe a file that no longer exists.
 */
final class FileHasher {

    private static final int BUFFER = 1 << 20;

    private final List<DigestAlgorithm> algorithms;
    private final MessageDigest[] digests;
    private final byte[] buffer = new byte[BUFFER];
    private final int packedLength;

    FileHasher(List<DigestAlgorithm> algorithms) {
        this.algorithms = List.copyOf(algorithms); // shared by every result of the run
        this.digests = new MessageDigest[algorithms.size()];
        int length = 0;
        for (int i = 0; i < digests.length; i++) {
            digests[i] = algorithms.get(i).newDigest();
            length += algorithms.get(i).byteLength();
        }
        this.packedLength = length;
    }

    /**
     * Hashes the file with one look at it, after the read: its change time, older than the read by more than the
     * file system's clock tick, proves that nothing wrote to it during the read (a write would have moved it past the
     * read's start). A file changed more recently than that is read again, its change time taken on both sides.
     */
    FileFixity hash(DatasetFile file, AtomicLong bytesDone) throws IOException, DatasetException {
        Path at = file.file(); // resolved once: files are held without their absolute path
        long readFrom = wallClockNanos();
        boolean compressed = read(file, at, bytesDone);
        FileState after = stateAfterRead(file, at);
        if (!ChangeTime.trusted(after.changeTime(), readFrom)) {
            bytesDone.addAndGet(-file.size()); // counted again by the second read
            return hashWatched(file, at, bytesDone);
        }
        return new FileFixity(file, algorithms, packedDigests(), compressed, after.changeTime());
    }

    /** The careful way, for a file changed just before it was read: the change time before the read and after it. */
    private FileFixity hashWatched(DatasetFile file, Path at, AtomicLong bytesDone) throws IOException, DatasetException {
        long changeTime = changeTime(file, at);
        boolean compressed = read(file, at, bytesDone);
        if (stateAfterRead(file, at).changeTime() != changeTime) {
            // same size and modification time, yet written to (or its time put back) while it was read
            throw new DatasetException(Diagnostic.error("dataset.changed-during-read", file.path(),
                    "was written to while it was being hashed (its change time moved)",
                    "let whatever writes to the dataset finish, then run the build again"));
        }
        return new FileFixity(file, algorithms, packedDigests(), compressed, changeTime);
    }

    /**
     * Reads the size the scan saw into every digest and stops there: a file that grew since is caught by the size
     * check after, one that shrank by the length check, so the read that would only report the end is not needed.
     * Answers whether the content is already compressed.
     */
    private boolean read(DatasetFile file, Path at, AtomicLong bytesDone) throws IOException, DatasetException {
        long total = 0;
        boolean compressed = false;
        for (MessageDigest d : digests) {
            d.reset(); // after a read that was not used
        }
        try (FileChannel in = ChangeDetector.channel(file, at, "hashed")) {
            ByteBuffer into = ByteBuffer.wrap(buffer);
            while (total < file.size()) {
                into.clear().limit((int) Math.min(buffer.length, file.size() - total));
                int n = in.read(into);
                if (n < 0) {
                    break;
                }
                if (total == 0) {
                    compressed = ContentSignature.compressed(buffer, n, file.path());
                }
                for (MessageDigest d : digests) {
                    d.update(buffer, 0, n);
                }
                total += n;
                bytesDone.addAndGet(n);
            }
        }
        ChangeDetector.requireLength(file, total, "hashed");
        return compressed;
    }

    /** The file after the read, one stat: failing, naming it, when its size or modification time moved. */
    private static FileState stateAfterRead(DatasetFile file, Path at) throws IOException, DatasetException {
        FileState now;
        try {
            now = FileState.of(at);
        } catch (java.nio.file.NoSuchFileException e) {
            throw changed(file, "was deleted");
        }
        if (now.size() != file.size() || now.lastModified() != file.lastModified()) {
            throw changed(file, "was modified");
        }
        return now;
    }

    private static DatasetException changed(DatasetFile file, String what) {
        return new DatasetException(Diagnostic.error("dataset.changed-during-read", file.path(),
                what + " while it was being hashed", "let whatever writes to the dataset finish, then run the build again"));
    }

    private static long wallClockNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** The finished checksums, one after the other in the algorithms' order. */
    private byte[] packedDigests() {
        if (digests.length == 1) {
            return digests[0].digest();
        }
        byte[] packed = new byte[packedLength];
        int at = 0;
        for (MessageDigest d : digests) {
            try {
                at += d.digest(packed, at, d.getDigestLength());
            } catch (java.security.DigestException e) {
                throw new IllegalStateException(d.getAlgorithm() + " gave a checksum of an unexpected length", e);
            }
        }
        return packed;
    }

    private static long changeTime(DatasetFile file, Path at) throws IOException, DatasetException {
        try {
            return ChangeTime.of(at);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new DatasetException(Diagnostic.error("dataset.changed-during-read", file.path(),
                    "was deleted while it was being hashed", "let whatever writes to the dataset finish, then run the build again"));
        }
    }
}
