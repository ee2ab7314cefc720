package org.datasetkit.core.bag;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.Deflater;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.fixity.FileFixity;
import org.datasetkit.core.output.AtomicFile;

/**
 * Writes a bag as a reproducible zip whose single top-level folder is the bag: entries sorted by their UTF-8
 * names, one fixed time, fixed permissions, no extra time fields, UTF-8 names flagged as such, ZIP64 only where
 * sizes need it. The same payload and timestamp give the same bytes in any time zone and with any number of
 * threads. The central directory is spooled to a scratch file as entries are written ({@link ZipOutput}), so memory
 * does not grow with the number of entries. Each dataset file is hashed as it is read into the archive
 * ({@link CheckedCopy}): files to deflate and the generated files are compressed a few at a time ahead of the writer
 * ({@link DeflateAhead}), small stored ones read and checked ahead ({@link StoreAhead}), large stored ones copied
 * straight in. A file offered to deflate that would not shrink enough is stored ({@link Compression}); it is read
 * once, as every other, unless it is larger than {@link DeflateAhead#IN_MEMORY} and only deflating it told so, when
 * it is read again to be stored. The archive appears at its final path only when complete.
 */
public final class ZipBagWriter implements BagWriter {

    private final int threads;

    /** A writer deflating on one thread per available processor. */
    public ZipBagWriter() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public ZipBagWriter(int threads) {
        this.threads = Math.max(1, threads);
    }

    @Override
    public BagWriteResult write(BagRequest request, BagPlan plan) throws IOException, DatasetException {
        long started = System.nanoTime();
        Path target = request.target().toAbsolutePath();
        long dosTime = dosTime(request.timestamp().toEpochMilli());
        List<BagPlan.Entry> toDeflate = plan.entries().values().stream().filter(e -> deflatedAhead(request, e)).toList();
        List<FileFixity> toStore = plan.entries().values().stream()
                .filter(e -> e instanceof BagPlan.Entry.File f && !deflates(request, f) && StoreAhead.prepares(f.fixity()))
                .map(e -> ((BagPlan.Entry.File) e).fixity()).toList();
        AtomicFile.writeFile(target, tmp -> {
            try (SeekableByteChannel channel = AtomicFile.openTemporaryChannel(tmp);
                    DeflateAhead ahead = new DeflateAhead(toDeflate, threads, target, Deflater.DEFAULT_COMPRESSION);
                    StoreAhead storeAhead = new StoreAhead(toStore, threads);
                    ZipOutput zip = new ZipOutput(channel, ahead.scratchFile("directory"), dosTime)) {
                for (Map.Entry<String, BagPlan.Entry> e : plan.entries().entrySet()) {
                    add(zip, request, request.bagName() + "/" + e.getKey(), e.getValue(), ahead, storeAhead);
                }
                zip.finish();
            }
        });
        return new BagWriteResult(target, plan.payloadFiles(), plan.payloadBytes(), Files.size(target),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static boolean deflates(BagRequest request, BagPlan.Entry.File f) {
        return request.compression().deflates(f.fixity().file().path(), f.fixity().compressed());
    }

    private static void add(ZipOutput zip, BagRequest request, String name, BagPlan.Entry entry, DeflateAhead ahead,
            StoreAhead storeAhead) throws IOException, DatasetException {
        if (entry instanceof BagPlan.Entry.Bytes || entry instanceof BagPlan.Entry.Spooled) {
            addDeflated(zip, name, (DeflateAhead.Deflated) ahead.next()); // generated files are always deflated
        } else if (entry instanceof BagPlan.Entry.File f && deflates(request, f)) {
            addPrepared(zip, name, f.fixity(), ahead.next());
        } else if (entry instanceof BagPlan.Entry.File f && StoreAhead.prepares(f.fixity())) {
            // read and checked ahead: its CRC is known, so its local header is written once
            StoreAhead.Stored stored = storeAhead.next();
            zip.raw(ZipOutput.Kind.STORED, name, stored.length(), stored.length(), stored.crc(),
                    new ByteArrayInputStream(stored.bytes(), 0, stored.length()));
        } else if (entry instanceof BagPlan.Entry.File f) {
            zip.stored(name, f.fixity().file().size(), out -> CheckedCopy.copy(f.fixity(), out));
        } else {
            zip.folder(name);
        }
    }

    /** A file offered to deflate: deflated, or stored when deflate would not shrink it enough ({@link Compression}). */
    private static void addPrepared(ZipOutput zip, String name, FileFixity fixity, DeflateAhead.Prepared prepared)
            throws IOException, DatasetException {
        if (prepared instanceof DeflateAhead.Deflated deflated) {
            addDeflated(zip, name, deflated);
        } else if (prepared instanceof DeflateAhead.Stored stored) {
            StoreAhead.Stored content = stored.content();
            zip.raw(ZipOutput.Kind.STORED, name, content.length(), content.length(), content.crc(),
                    new ByteArrayInputStream(content.bytes(), 0, content.length()));
        } else {
            zip.stored(name, fixity.file().size(), out -> CheckedCopy.copy(fixity, out));
        }
    }

    private static void addDeflated(ZipOutput zip, String name, DeflateAhead.Deflated deflated) throws IOException {
        try (InputStream raw = deflated.open()) {
            zip.raw(ZipOutput.Kind.DEFLATED, name, deflated.size(), deflated.compressedSize(), deflated.crc(), raw);
        }
        deflated.discard();
    }

    /** The generated files, and the payload files offered to deflate, are prepared on the pool. */
    private static boolean deflatedAhead(BagRequest request, BagPlan.Entry entry) {
        return entry instanceof BagPlan.Entry.Bytes || entry instanceof BagPlan.Entry.Spooled
                || entry instanceof BagPlan.Entry.File f && deflates(request, f);
    }

    /**
     * ZIP stores local "DOS" times; shifting by the zone offset makes the stored fields the same in every time zone
     * (the recipe of plexus-archiver's {@code normalizeLastModifiedTime}).
     */
    private static long dosTime(long utcMillis) {
        return utcMillis - TimeZone.getDefault().getOffset(utcMillis);
    }
}
