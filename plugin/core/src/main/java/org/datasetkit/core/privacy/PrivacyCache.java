package org.datasetkit.core.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.fixity.DigestAlgorithm;

/**
 * The privacy gate's memory under {@code target/}: for every payload file its size, modification time, change time,
 * identity and path when it was last read, and all the gate learned from it (see {@link PrivacyCacheEntry}). A file
 * is not read again when all of these still match and the cache was written under the same {@link PolicyFingerprint}
 * (datasheet declarations, allow-list, rules, checks, datasetkit's code); never for a file whose times fall within two
 * seconds of when the cache's run started (its time stamps cannot tell a later change apart), or whose change time is as close as the checksum cache's
 * rule ({@code ChangeTime.trusted}) refuses.
 *
 * <p>The file is four header lines (format, dataset root, policy fingerprint, when the run started in ns), then the
 * entries in dataset order, so a run reads it alongside the dataset's files, never holding it whole; last,
 * {@code sha256 <hex>}: the SHA-256 of every byte before that line. A cache damaged anywhere, from another version or
 * for another dataset folder is ignored whole, with a warning; one written under another policy, silently.
 */
final class PrivacyCache {

    static final String HEADER = "datasetkit-privacy-cache 1";
    static final String SEAL = "sha256 ";
    static final int SEAL_LENGTH = SEAL.length() + 64 + 1;
    private static final long RACY_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** A modification time is trusted when older than this, for a run started at {@code startedNanos}. */
    static long trustedBefore(long startedNanos) {
        return startedNanos == Long.MIN_VALUE ? Long.MIN_VALUE : startedNanos - RACY_WINDOW_NANOS;
    }

    /** What opening the cache gave: entries to read alongside the dataset, or none, and why not when that is wrong. */
    record Opened(Optional<PrivacyCacheReader> reader, Optional<Diagnostic> warning) {
        static Opened nothing() {
            return new Opened(Optional.empty(), Optional.empty());
        }
    }

    private PrivacyCache() {}

    /** Opens {@code cacheFile} once its seal is checked; the caller closes the reader. */
    static Opened open(Path cacheFile, Path root, String fingerprint) {
        FileChannel channel;
        try {
            channel = FileChannel.open(cacheFile, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return Opened.nothing();
        } catch (IOException | RuntimeException e) {
            return ignored(cacheFile, "cannot be read (" + e.getMessage() + ")");
        }
        try {
            // Both passes read the one opened file: a cache another build moves into place meanwhile is not mixed in.
            long content = channel.size() - SEAL_LENGTH;
            if (content <= 0 || !sealed(channel, content)) {
                channel.close();
                return ignored(cacheFile, "is damaged (its own checksum does not match its content)");
            }
            channel.position(0);
            PrivacyCacheReader reader = new PrivacyCacheReader(channel, content, cacheFile);
            return header(cacheFile, reader, root, fingerprint);
        } catch (IOException | CacheText.Damaged | RuntimeException e) {
            closeQuietly(channel);
            return ignored(cacheFile, "is damaged");
        }
    }

    private static Opened header(Path cacheFile, PrivacyCacheReader reader, Path root, String fingerprint)
            throws IOException, CacheText.Damaged {
        if (!HEADER.equals(reader.headerLine())) {
            reader.close();
            return ignored(cacheFile, "was not written by this version of datasetkit");
        }
        String dir = value(reader.headerLine(), "root");
        if (!root.toString().equals(dir)) {
            reader.close();
            return ignored(cacheFile, "belongs to another dataset folder (" + dir + ")");
        }
        if (!fingerprint.equals(value(reader.headerLine(), "policy"))) {
            reader.close();
            return Opened.nothing(); // another datasheet, allow-list, rules or code: nothing to reuse, nothing wrong
        }
        reader.started(CacheText.number(value(reader.headerLine(), "started")));
        return new Opened(Optional.of(reader), Optional.empty());
    }

    /** The header of a new cache. */
    static byte[] header(Path root, String fingerprint, long startedNanos) {
        return (HEADER + "\nroot " + root + "\npolicy " + fingerprint + "\nstarted " + startedNanos + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the header, then {@link #add} each file's lines, then {@link #seal}: the checksum of all of them. */
    static final class Writer {
        private final OutputStream out;
        private final MessageDigest sha = DigestAlgorithm.SHA256.newDigest();

        Writer(OutputStream out, byte[] header) throws IOException {
            this.out = out;
            add(header);
        }

        void add(byte[] lines) throws IOException {
            sha.update(lines);
            out.write(lines);
        }

        void seal() throws IOException {
            out.write((SEAL + HexFormat.of().formatHex(sha.digest()) + "\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static boolean sealed(FileChannel channel, long content) throws IOException {
        MessageDigest sha = DigestAlgorithm.SHA256.newDigest();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long at = 0;
        while (at < content) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), content - at));
            int n = channel.read(buffer, at);
            if (n < 0) {
                return false;
            }
            sha.update(buffer.flip());
            at += n;
        }
        ByteBuffer seal = ByteBuffer.allocate(SEAL_LENGTH + 1);
        while (seal.hasRemaining() && channel.read(seal, content - 1 + seal.position()) > 0) {
            // read the line feed before the seal and the seal
        }
        String text = new String(seal.array(), StandardCharsets.US_ASCII);
        return !seal.hasRemaining() && text.equals("\n" + SEAL + HexFormat.of().formatHex(sha.digest()) + "\n");
    }

    private static String value(String line, String key) throws CacheText.Damaged {
        if (line == null || !line.startsWith(key + " ")) {
            throw new CacheText.Damaged("no " + key + " line");
        }
        return line.substring(key.length() + 1);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was read from it
        }
    }

    static Opened ignored(Path cacheFile, String why) {
        return new Opened(Optional.empty(), Optional.of(warning(cacheFile, why)));
    }

    static Diagnostic warning(Path cacheFile, String why) {
        return Diagnostic.warning("privacy.cache-ignored", cacheFile.toString(),
                "the privacy gate's cache " + why + "; every file is read again",
                "nothing to do: the cache is rewritten at the end of this run");
    }
}
