package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import org.datasetkit.core.dataset.ChangeDetector;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.WorkerFailure;
import org.datasetkit.core.fixity.FileFixity;

/**
 * Reads small payload files to be stored on a few threads ahead of the zip writer, which takes them back in the
 * archive's order: each worker reads a file whole, checks it against its manifest checksum ({@link CheckedCopy}) and
 * computes the CRC-32 the zip needs, so the writer only writes bytes. Many small files are the case where hashing
 * on the writer's one thread was the bottleneck. Larger files are not held in memory: the writer copies them as
 * before. At most a small window of files is in flight, and at most {@link #BUDGET} bytes of them, so memory grows
 * with neither the dataset nor the number of cores.
 */
final class StoreAhead implements AutoCloseable {

    /** Larger files are copied by the writer itself rather than read ahead into memory. */
    static final int IN_MEMORY = 1 << 20;

    /** One file read and checked: its bytes (the first {@code length} of the array) and their CRC-32. */
    record Stored(byte[] bytes, int length, long crc) {}

    /** Bytes read ahead at most, whatever the thread count (a file is at most {@link #IN_MEMORY}). */
    static final long BUDGET = 16L << 20;

    private record Pending(Future<Stored> stored, long size) {}

    private final ExecutorService pool;
    private final int window;
    private final Iterator<FileFixity> pending;
    private FileFixity following;
    private final ArrayDeque<Pending> ahead = new ArrayDeque<>();
    private long aheadBytes;

    /** @param files the files to store, in the order {@link #next} will hand them back; each {@link #prepares} */
    StoreAhead(List<FileFixity> files, int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "datasetkit-store-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.window = 4 * Math.max(1, threads);
        this.pending = files.iterator();
    }

    /** Whether a stored file is read ahead (or else copied by the writer). */
    static boolean prepares(FileFixity fixity) {
        return fixity.file().size() <= IN_MEMORY;
    }

    /** The next file, read and checked; the files after it are started meanwhile. */
    Stored next() throws IOException, DatasetException {
        fill();
        Pending next = ahead.poll();
        if (next == null) {
            throw new IllegalStateException("no more files to store");
        }
        aheadBytes -= next.size();
        fill();
        try {
            return next.stored().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading files into the bundle");
        } catch (ExecutionException e) {
            throw WorkerFailure.rethrow(e, "reading a bundle entry");
        }
    }

    /** The bytes of the files started and not yet handed back. */
    long bytesAhead() {
        return aheadBytes;
    }

    /** Starts files while fewer than the window are in flight and their bytes stay within the budget. */
    private void fill() {
        while (ahead.size() < window && (following != null || pending.hasNext())) {
            FileFixity file = following != null ? following : pending.next();
            long size = file.file().size();
            if (!ahead.isEmpty() && aheadBytes + size > BUDGET) {
                following = file;
                return;
            }
            following = null;
            ahead.add(new Pending(pool.submit(() -> read(file)), size));
            aheadBytes += size;
        }
    }

    /** The whole file, unchanged since the scan (size and time before and after, length, manifest checksum). */
    static Stored read(FileFixity fixity) throws IOException, DatasetException {
        DatasetFile file = fixity.file();
        ChangeDetector.requireUnchanged(file, "bundled");
        ByteBuffer bytes = ByteBuffer.allocate((int) file.size() + 1); // one more byte tells a file that grew
        try (FileChannel channel = ChangeDetector.channel(file, "bundled")) {
            while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                // reads until full or at the end
            }
        }
        ChangeDetector.requireLength(file, bytes.position(), "bundled");
        ChangeDetector.requireUnchanged(file, "bundled");
        byte[] content = bytes.array();
        int length = (int) file.size();
        CheckedCopy.check(fixity, content, length);
        CRC32 crc = new CRC32();
        crc.update(content, 0, length);
        return new Stored(content, length, crc.getValue());
    }

    /** Stops the threads, whatever was still in flight. */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
