package org.datasetkit.core.bag;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.WorkerFailure;
import org.datasetkit.core.fixity.FileFixity;
import org.datasetkit.core.output.Leftovers;

/**
 * Deflates payload files on a few threads ahead of the zip writer, which takes them back in the archive's order:
 * each file is compressed whole by one thread, so the archive is the same bytes whatever the thread count. Only a
 * small window of files is in flight — small ones held in memory, larger ones in a scratch folder beside the
 * archive that is deleted on close — so memory does not grow with the dataset.
 */
final class DeflateAhead implements AutoCloseable {

    /** Larger files are deflated into a scratch file rather than memory. */
    static final int IN_MEMORY = 1 << 20;

    /** One deflated file: what the zip's local header needs, and the raw deflate stream. */
    record Deflated(long size, long compressedSize, long crc, byte[] inMemory, Path scratch) {

        InputStream open() throws IOException {
            return inMemory != null ? new ByteArrayInputStream(inMemory) : Files.newInputStream(scratch);
        }

        void discard() throws IOException {
            if (scratch != null) {
                Files.deleteIfExists(scratch);
            }
        }
    }

    private final ExecutorService pool;
    private final Path scratchDir;
    private final int level;
    private final int window;
    private final Iterator<FileFixity> pending;
    private final ArrayDeque<Future<Deflated>> ahead = new ArrayDeque<>();

    /**
     * @param files the files to deflate, in the order {@link #next} will hand them back
     * @param archive the archive being written; the scratch folder goes beside it
     */
    DeflateAhead(List<FileFixity> files, int threads, Path archive, int level) throws IOException {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "datasetkit-deflate-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.scratchDir = Files.createTempDirectory(archive.toAbsolutePath().getParent(), Leftovers.scratchPrefix(archive));
        this.level = level;
        this.window = 4 * Math.max(1, threads);
        this.pending = files.iterator();
    }

    /** A new scratch file in the scratch folder, removed with it on close. */
    Path scratchFile(String suffix) throws IOException {
        return Files.createTempFile(scratchDir, "", "." + suffix);
    }

    /** The next file's deflated form; the files after it are started meanwhile. */
    Deflated next() throws IOException, DatasetException {
        fill();
        Future<Deflated> next = ahead.poll();
        if (next == null) {
            throw new IllegalStateException("no more files to deflate");
        }
        fill();
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while compressing the bundle");
        } catch (ExecutionException e) {
            throw WorkerFailure.rethrow(e, "compressing a bundle entry");
        }
    }

    private void fill() {
        while (ahead.size() < window && pending.hasNext()) {
            FileFixity file = pending.next();
            ahead.add(pool.submit(() -> deflate(file)));
        }
    }

    private Deflated deflate(FileFixity fixity) throws IOException, DatasetException {
        DatasetFile file = fixity.file();
        boolean inMemory = file.size() <= IN_MEMORY;
        Path scratch = inMemory ? null : Files.createTempFile(scratchDir, "entry", ".deflate");
        ByteArrayOutputStream memory = inMemory ? new ByteArrayOutputStream((int) Math.max(64, file.size() / 2)) : null;
        Deflater deflater = new Deflater(level, true);
        CRC32 crc = new CRC32();
        try {
            try (OutputStream sink = inMemory ? memory : new BufferedOutputStream(Files.newOutputStream(scratch), 1 << 16);
                    OutputStream out = new CheckedOutputStream(new DeflaterOutputStream(sink, deflater, 1 << 16), crc)) {
                CheckedCopy.copy(fixity, out);
            }
            return new Deflated(file.size(), deflater.getBytesWritten(), crc.getValue(), inMemory ? memory.toByteArray() : null,
                    scratch);
        } catch (IOException | DatasetException | RuntimeException e) {
            if (scratch != null) {
                Files.deleteIfExists(scratch);
            }
            throw e;
        } finally {
            deflater.end();
        }
    }

    /** Stops the threads and removes the scratch folder, whatever was still in flight. */
    @Override
    public void close() throws IOException {
        pool.shutdownNow();
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Leftovers.deleteTree(scratchDir);
    }
}
