package org.datasetkit.core.bag;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
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
import org.datasetkit.core.dataset.ChangeDetector;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.WorkerFailure;
import org.datasetkit.core.fixity.FileFixity;
import org.datasetkit.core.output.Leftovers;

/**
 * Prepares payload files to deflate, and the generated files, on a few threads ahead of the zip writer, which takes them back in the archive's
 * order: each file is compressed whole by one thread, so the archive is the same bytes whatever the thread count.
 * A file deflate would not shrink by {@link Compression#SAVING} is handed back to be STORED instead: told cheaply
 * from its first bytes ({@link ShrinkProbe}) without deflating it, or else from what deflate made of it. Only a
 * small window of files is in flight — small ones held in memory, larger ones deflated into a scratch folder beside
 * the archive that is deleted on close — so memory does not grow with the dataset.
 */
final class DeflateAhead implements AutoCloseable {

    /** Larger files are deflated into a scratch file rather than memory. */
    static final int IN_MEMORY = StoreAhead.IN_MEMORY;

    /** What the writer gets for a file: its deflated form, or its own bytes to store. */
    sealed interface Prepared permits Deflated, Stored, CopyStored {}

    /** One deflated file: what the zip's local header needs, and the raw deflate stream. */
    record Deflated(long size, long compressedSize, long crc, byte[] inMemory, Path scratch) implements Prepared {

        InputStream open() throws IOException {
            return inMemory != null ? new ByteArrayInputStream(inMemory) : Files.newInputStream(scratch);
        }

        void discard() throws IOException {
            if (scratch != null) {
                Files.deleteIfExists(scratch);
            }
        }
    }

    /** A small file deflate would not shrink: read whole and checked against its manifest checksum, to be stored. */
    record Stored(StoreAhead.Stored content) implements Prepared {}

    /** A large file deflate would not shrink: the writer copies it stored, checked as it goes, as other large ones. */
    record CopyStored() implements Prepared {}

    private final ExecutorService pool;
    private final Path scratchDir;
    private final int level;
    private final int window;
    private final Iterator<BagPlan.Entry> pending;
    private final ArrayDeque<Future<Prepared>> ahead = new ArrayDeque<>();
    /** Deflaters between files: each allocates zlib's state (a few hundred KB), worth reusing over many small files. */
    private final ConcurrentLinkedQueue<Deflater> idle = new ConcurrentLinkedQueue<>();

    /**
     * @param entries the payload files offered to deflate and the generated files, in the order {@link #next} will
     *     hand them back
     * @param archive the archive being written; the scratch folder goes beside it
     */
    DeflateAhead(List<BagPlan.Entry> entries, int threads, Path archive, int level) throws IOException {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "datasetkit-deflate-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.scratchDir = Files.createTempDirectory(archive.toAbsolutePath().getParent(), Leftovers.scratchPrefix(archive));
        this.level = level;
        this.window = 4 * Math.max(1, threads);
        this.pending = entries.iterator();
    }

    /** A new scratch file in the scratch folder, removed with it on close. */
    Path scratchFile(String suffix) throws IOException {
        return Files.createTempFile(scratchDir, "", "." + suffix);
    }

    /** The next file, prepared; the files after it are started meanwhile. */
    Prepared next() throws IOException, DatasetException {
        fill();
        Future<Prepared> next = ahead.poll();
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
            BagPlan.Entry entry = pending.next();
            ahead.add(pool.submit(() -> prepare(entry)));
        }
    }

    /** A payload file is deflated if that pays; a generated file always is, whatever the compression. */
    private Prepared prepare(BagPlan.Entry entry) throws IOException, DatasetException {
        if (entry instanceof BagPlan.Entry.File f) {
            return f.fixity().file().size() <= IN_MEMORY ? prepareInMemory(f.fixity()) : prepareInScratch(f.fixity());
        } else if (entry instanceof BagPlan.Entry.Bytes b) {
            return deflated(b.content(), b.content().length, crc(b.content(), b.content().length));
        } else if (entry instanceof BagPlan.Entry.Spooled g && g.spooled().size() <= IN_MEMORY) {
            byte[] content = Files.readAllBytes(g.spooled().file());
            return deflated(content, content.length, crc(content, content.length));
        } else if (entry instanceof BagPlan.Entry.Spooled g) {
            return deflatedToScratch(g.spooled().size(), out -> Files.copy(g.spooled().file(), out));
        }
        throw new IllegalArgumentException("nothing to deflate in " + entry);
    }

    /** Reads the file whole (checked, with its CRC), then deflates it from memory unless that cannot pay. */
    private Prepared prepareInMemory(FileFixity fixity) throws IOException, DatasetException {
        StoreAhead.Stored read = StoreAhead.read(fixity);
        if (ShrinkProbe.cannotShrink(read.bytes(), read.length())) {
            return new Stored(read);
        }
        Deflated deflated = deflated(read.bytes(), read.length(), read.crc());
        return Compression.saves(read.length(), deflated.compressedSize()) ? deflated : new Stored(read);
    }

    /** Probes the file's first bytes, then deflates it into a scratch file, hashing it as it is read. */
    private Prepared prepareInScratch(FileFixity fixity) throws IOException, DatasetException {
        DatasetFile file = fixity.file();
        ByteBuffer sample = sample(file);
        if (ShrinkProbe.cannotShrink(sample.array(), sample.position())) {
            return new CopyStored();
        }
        Deflated deflated = deflatedToScratch(file.size(), out -> CheckedCopy.copy(fixity, out));
        if (!Compression.saves(file.size(), deflated.compressedSize())) {
            deflated.discard();
            return new CopyStored();
        }
        return deflated;
    }

    /** The first {@code length} bytes deflated in memory; their CRC is the caller's. */
    private Deflated deflated(byte[] bytes, int length, long crc) throws IOException {
        Deflater deflater = deflater();
        try {
            ByteArrayOutputStream memory = new ByteArrayOutputStream(Math.max(64, length / 2));
            try (OutputStream out = new DeflaterOutputStream(memory, deflater, 1 << 16)) {
                out.write(bytes, 0, length);
            }
            return new Deflated(length, deflater.getBytesWritten(), crc, memory.toByteArray(), null);
        } finally {
            release(deflater);
        }
    }

    /** What {@code content} writes, {@code size} bytes, deflated into a scratch file, with its CRC. */
    private Deflated deflatedToScratch(long size, ZipOutput.Content content) throws IOException, DatasetException {
        Path scratch = Files.createTempFile(scratchDir, "entry", ".deflate");
        Deflater deflater = deflater();
        CRC32 crc = new CRC32();
        try {
            try (OutputStream sink = new BufferedOutputStream(Files.newOutputStream(scratch), 1 << 16);
                    OutputStream out = new CheckedOutputStream(new DeflaterOutputStream(sink, deflater, 1 << 16), crc)) {
                content.writeTo(out);
            }
            if (deflater.getBytesRead() != size) {
                throw new IOException("an entry of " + size + " bytes was " + deflater.getBytesRead() + " when deflated");
            }
            return new Deflated(size, deflater.getBytesWritten(), crc.getValue(), null, scratch);
        } catch (IOException | DatasetException | RuntimeException e) {
            Files.deleteIfExists(scratch);
            throw e;
        } finally {
            release(deflater);
        }
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    /** The first {@link ShrinkProbe#SAMPLE} bytes of a file larger than that; what they are is checked when it is copied. */
    private static ByteBuffer sample(DatasetFile file) throws IOException, DatasetException {
        ByteBuffer sample = ByteBuffer.allocate(ShrinkProbe.SAMPLE);
        try (FileChannel channel = ChangeDetector.channel(file, "bundled")) {
            while (sample.hasRemaining() && channel.read(sample) >= 0) {
                // reads until full or at the end
            }
        }
        return sample;
    }

    private Deflater deflater() {
        Deflater deflater = idle.poll();
        return deflater != null ? deflater : new Deflater(level, true);
    }

    private void release(Deflater deflater) {
        deflater.reset();
        idle.add(deflater);
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
        for (Deflater deflater; (deflater = idle.poll()) != null; ) {
            deflater.end();
        }
        Leftovers.deleteTree(scratchDir);
    }
}
