package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.datasetkit.core.dataset.ChangeDetector;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.output.AtomicFile;

/**
 * Writes a bag as a reproducible zip whose single top-level folder is the bag: entries sorted by their UTF-8
 * names, one fixed time, fixed permissions, no extra time fields, UTF-8 names flagged as such, ZIP64 only where
 * sizes need it. The same payload and timestamp give the same bytes in any time zone. Each dataset file is read
 * exactly once, straight into the archive; the archive appears at its final path only when complete.
 */
public final class ZipBagWriter implements BagWriter {

    private static final int FILE_MODE = 0100644;
    private static final int DIR_MODE = 040755;

    @Override
    public BagWriteResult write(BagRequest request) throws IOException, DatasetException {
        long started = System.nanoTime();
        BagPlan plan = new BagPlan(request);
        Path target = request.target().toAbsolutePath();
        long dosTime = dosTime(request.timestamp().toEpochMilli());
        AtomicFile.writeFile(target, tmp -> {
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(tmp)) {
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
                    } else if (entry instanceof BagPlan.Entry.File f) {
                        DatasetFile file = f.fixity().file();
                        int method = request.compression().deflates(file.path(), f.fixity().compressed())
                                ? ZipEntry.DEFLATED : ZipEntry.STORED;
                        zip.putArchiveEntry(entry(name, FILE_MODE, dosTime, method, file.size()));
                        copy(file, zip);
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

    /** Copies one dataset file, failing if it changed since it was checksummed. */
    static long copy(DatasetFile file, java.io.OutputStream out) throws IOException, DatasetException {
        ChangeDetector.requireUnchanged(file, "bundled");
        long copied;
        try (InputStream in = ChangeDetector.open(file, "bundled")) {
            copied = in.transferTo(out);
        }
        ChangeDetector.requireLength(file, copied, "bundled");
        ChangeDetector.requireUnchanged(file, "bundled");
        return copied;
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
