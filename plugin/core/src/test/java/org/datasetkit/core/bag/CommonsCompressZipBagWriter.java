package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.output.AtomicFile;

/**
 * The bag writer as it was before {@link ZipOutput} (2026-11-30, commit e028671), on commons-compress's
 * {@code ZipArchiveOutputStream}: kept as the reference the new writer must match byte for byte.
 *
 * <p>Writes a bag as a reproducible zip whose single top-level folder is the bag: entries sorted by their UTF-8
 * names, one fixed time, fixed permissions, no extra time fields, UTF-8 names flagged as such, ZIP64 only where
 * sizes need it. The same payload and timestamp give the same bytes in any time zone and with any number of
 * threads. Each dataset file is read exactly once, and hashed as it is read ({@link CheckedCopy}): files to deflate are compressed a few at a time ahead of the
 * writer ({@link DeflateAhead}), stored ones are copied straight in. The archive appears at its final path only
 * when complete.
 */
final class CommonsCompressZipBagWriter implements BagWriter {

    private static final int FILE_MODE = 0100644;
    private static final int DIR_MODE = 040755;

    private final int threads;

    /** A writer deflating on one thread per available processor. */
    CommonsCompressZipBagWriter() {
        this(Runtime.getRuntime().availableProcessors());
    }

    CommonsCompressZipBagWriter(int threads) {
        this.threads = Math.max(1, threads);
    }

    @Override
    public BagWriteResult write(BagRequest request, BagPlan plan) throws IOException, DatasetException {
        long started = System.nanoTime();
        Path target = request.target().toAbsolutePath();
        long dosTime = dosTime(request.timestamp().toEpochMilli());
        // only payload files: the generated ones are deflated here, by commons-compress, as the reference
        List<BagPlan.Entry> toDeflate = plan.entries().values().stream()
                .filter(e -> e instanceof BagPlan.Entry.File f && deflates(request, f)).toList();
        AtomicFile.writeFile(target, tmp -> {
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(tmp);
                    DeflateAhead ahead = new DeflateAhead(toDeflate, threads, target, Deflater.DEFAULT_COMPRESSION)) {
                zip.setEncoding("UTF-8");
                zip.setUseLanguageEncodingFlag(true);
                zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
                zip.setUseZip64(Zip64Mode.AsNeeded);
                zip.setLevel(Deflater.DEFAULT_COMPRESSION);
                for (Map.Entry<String, BagPlan.Entry> e : plan.entries().entrySet()) {
                    String name = request.bagName() + "/" + e.getKey();
                    BagPlan.Entry entry = e.getValue();
                    if (entry instanceof BagPlan.Entry.Bytes b) {
                        zip.putArchiveEntry(entry(name, FILE_MODE, dosTime, ZipEntry.DEFLATED, b.content().length));
                        zip.write(b.content());
                    } else if (entry instanceof BagPlan.Entry.Spooled g) {
                        zip.putArchiveEntry(entry(name, FILE_MODE, dosTime, ZipEntry.DEFLATED, g.spooled().size()));
                        Files.copy(g.spooled().file(), zip);
                    } else if (entry instanceof BagPlan.Entry.File f && deflates(request, f)) {
                        addDeflated(zip, entry(name, FILE_MODE, dosTime, ZipEntry.DEFLATED, f.fixity().file().size()), f, ahead.next());
                        continue; // a raw entry is closed as it is added
                    } else if (entry instanceof BagPlan.Entry.File f) {
                        zip.putArchiveEntry(entry(name, FILE_MODE, dosTime, ZipEntry.STORED, f.fixity().file().size()));
                        CheckedCopy.copy(f.fixity(), zip);
                    } else {
                        zip.putArchiveEntry(entry(name, DIR_MODE, dosTime, ZipEntry.STORED, 0));
                    }
                    zip.closeArchiveEntry();
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

    /**
     * Since auto compression stores what deflate would not shrink (2026-12-01), the entry {@link DeflateAhead} prepared:
     * deflated, or stored as {@link ZipBagWriter} stores it.
     */
    private static void addDeflated(ZipArchiveOutputStream zip, ZipArchiveEntry entry, BagPlan.Entry.File file,
            DeflateAhead.Prepared prepared) throws IOException, DatasetException {
        if (prepared instanceof DeflateAhead.Deflated deflated) {
            entry.setCrc(deflated.crc());
            entry.setCompressedSize(deflated.compressedSize());
            try (InputStream raw = deflated.open()) {
                zip.addRawArchiveEntry(entry, raw);
            }
            deflated.discard();
            return;
        }
        entry.setMethod(ZipEntry.STORED);
        if (prepared instanceof DeflateAhead.Stored stored) {
            entry.setCrc(stored.content().crc());
            entry.setCompressedSize(stored.content().length());
            zip.addRawArchiveEntry(entry, new java.io.ByteArrayInputStream(stored.content().bytes(), 0, stored.content().length()));
        } else {
            zip.putArchiveEntry(entry);
            CheckedCopy.copy(file.fixity(), zip);
            zip.closeArchiveEntry();
        }
    }

    private static ZipArchiveEntry entry(String name, int mode, long time, int method, long size) {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setUnixMode(mode);
        entry.setTime(time);
        entry.setMethod(method);
        entry.setSize(size);
        return entry;
    }

    /**
     * ZIP stores local "DOS" times; shifting by the zone offset makes the stored fields the same in every time zone
     * (the recipe of plexus-archiver's {@code normalizeLastModifiedTime}).
     */
    private static long dosTime(long utcMillis) {
        return utcMillis - TimeZone.getDefault().getOffset(utcMillis);
    }
}
