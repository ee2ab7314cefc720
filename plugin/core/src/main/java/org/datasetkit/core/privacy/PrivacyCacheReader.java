package org.datasetkit.core.privacy;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.datasetkit.core.dataset.PathOrder;
import org.datasetkit.core.diag.Diagnostic;

/**
 * Reads a sealed {@link PrivacyCache} alongside the dataset: both are in dataset order (byte-wise by path), so the
 * entry of each file is found by stepping past those of files gone since, and only one entry is held at a time.
 * Something out of place ends the reading: every later file is read again, and the warning says so.
 */
final class PrivacyCacheReader implements Closeable {

    private final FileChannel channel;
    private final Path cacheFile;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).flip();
    private long remaining;
    private long started = Long.MIN_VALUE;
    private byte[] lookahead;
    private byte[] pending;
    private String pendingPath;
    private boolean reading;
    private Diagnostic warning;

    /** Reads the first {@code content} bytes of {@code channel}, from its position. */
    PrivacyCacheReader(FileChannel channel, long content, Path cacheFile) {
        this.channel = channel;
        this.remaining = content;
        this.cacheFile = cacheFile;
    }

    /** The next header line, without its line feed; null at the end. */
    String headerLine() throws IOException {
        byte[] line = line();
        return line == null ? null : new String(line, 0, line.length - 1, StandardCharsets.UTF_8);
    }

    void started(long nanos) {
        started = nanos;
    }

    /** When the run that wrote the cache started, in ns since the epoch: times close to it are not trusted. */
    long started() {
        return started;
    }

    /**
     * The lines of the file at {@code path}, if the cache has an entry for it; each path is asked for once, in
     * dataset order.
     */
    byte[] take(String path) {
        try {
            if (!reading) {
                reading = true;
                lookahead = line();
                next();
            }
            while (pending != null) {
                int order = PathOrder.INSTANCE.compare(pendingPath, path);
                if (order > 0) {
                    return null; // a file new since
                }
                byte[] entry = pending;
                next();
                if (order == 0) {
                    return entry;
                }
            }
        } catch (IOException | CacheText.Damaged | RuntimeException e) {
            warning = PrivacyCache.warning(cacheFile, "is damaged (" + e.getMessage() + ")");
            pending = null;
        }
        return null;
    }

    /** Why the cache was given up part-way, if it was. */
    Optional<Diagnostic> warning() {
        return Optional.ofNullable(warning);
    }

    /** Steps to the next entry: a file's line and the lines after it that start with a capital. */
    private void next() throws IOException, CacheText.Damaged {
        if (lookahead == null) {
            pending = null;
            return;
        }
        byte[] head = lookahead;
        if (head[0] < '0' || head[0] > '9') {
            throw new CacheText.Damaged("an entry starts with something other than a size");
        }
        byte[] entry = head;
        lookahead = line();
        while (lookahead != null && lookahead[0] >= 'A' && lookahead[0] <= 'Z') {
            entry = concat(entry, lookahead);
            lookahead = line();
        }
        pending = entry;
        pendingPath = path(head);
    }

    /** The path, the last field of a file's line. */
    private static String path(byte[] head) throws CacheText.Damaged {
        int tab = head.length - 1;
        while (tab >= 0 && head[tab] != '\t') {
            tab--;
        }
        if (tab < 0) {
            throw new CacheText.Damaged("a file line without fields");
        }
        return CacheText.unescape(new String(head, tab + 1, head.length - tab - 2, StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The next line with its line feed; null at the end of the content. */
    private byte[] line() throws IOException {
        byte[] line = null;
        int length = 0;
        while (true) {
            if (!buffer.hasRemaining() && !fill()) {
                if (length > 0) {
                    throw new IOException("the last line has no line feed");
                }
                return null;
            }
            int start = buffer.position();
            int end = start;
            while (end < buffer.limit() && buffer.get(end) != '\n') {
                end++;
            }
            boolean complete = end < buffer.limit();
            int take = end - start + (complete ? 1 : 0);
            line = line == null ? new byte[take] : Arrays.copyOf(line, length + take);
            buffer.get(line, length, take);
            length += take;
            if (complete) {
                return line;
            }
        }
    }

    private boolean fill() throws IOException {
        if (remaining <= 0) {
            return false;
        }
        buffer.clear().limit((int) Math.min(buffer.capacity(), remaining));
        int n = channel.read(buffer);
        buffer.flip();
        if (n <= 0) {
            throw new IOException("the cache ended early");
        }
        remaining -= n;
        return true;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
