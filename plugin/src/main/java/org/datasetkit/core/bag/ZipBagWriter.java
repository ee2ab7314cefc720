package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.datasetkit.core.dataset.ChangeDetector;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.dataset.PathOrder;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FileFixity;
import org.datasetkit.core.fixity.ManifestEntry;
import org.datasetkit.core.fixity.ManifestWriter;

/**
 * Writes a bag as a reproducible zip whose single top-level folder is the bag: entries sorted by their UTF-8
 * names, one fixed time, fixed permissions, no extra time fields, UTF-8 names flagged as such. The same payload
 * and timestamp give the same bytes in any time zone. Each payload file is read exactly once, straight into the
 * archive; the checksums come from the fixity stage. The archive appears at its final path only when complete.
 */
public final class ZipBagWriter {

    private static final int FILE_MODE = 0100644;
    private static final int DIR_MODE = 040755;

    public BagWriteResult write(BagRequest request) throws IOException, DatasetException {
        long started = System.nanoTime();
        Path target = request.archive().toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        long payloadBytes = 0;
        try {
            TreeMap<String, Object> entries = plan(request);
            long dosTime = dosTime(request.timestamp().toEpochMilli());
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(tmp)) {
                zip.setEncoding("UTF-8");
                zip.setUseLanguageEncodingFlag(true);
                zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
                zip.setUseZip64(Zip64Mode.AsNeeded);
                zip.setLevel(Deflater.DEFAULT_COMPRESSION);
                for (var e : entries.entrySet()) {
                    String name = request.bagName() + "/" + e.getKey();
                    Object content = e.getValue();
                    if (content == null) {
                        zip.putArchiveEntry(entry(name, DIR_MODE, dosTime, ZipEntry.STORED, 0));
                    } else if (content instanceof byte[] bytes) {
                        zip.putArchiveEntry(entry(name, FILE_MODE, dosTime, ZipEntry.DEFLATED, bytes.length));
                        zip.write(bytes);
                    } else {
                        DatasetFile file = (DatasetFile) content;
                        int method = request.compression().deflates(file.path()) ? ZipEntry.DEFLATED : ZipEntry.STORED;
                        zip.putArchiveEntry(entry(name, FILE_MODE, dosTime, method, file.size()));
                        payloadBytes += copy(file, zip);
                    }
                    zip.closeArchiveEntry();
                }
                zip.finish();
            }
            long size = Files.size(tmp);
            org.datasetkit.core.output.AtomicFile.moveIntoPlace(tmp, target);
            return new BagWriteResult(target, request.fixity().files().size(), payloadBytes, size,
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Every entry of the bag, keyed by its path inside the bag and sorted: folders (null), tag files, payload. */
    private static TreeMap<String, Object> plan(BagRequest request) {
        TreeMap<String, Object> entries = new TreeMap<>(PathOrder.INSTANCE);
        List<TagFile> tags = new ArrayList<>(request.tagFiles());
        for (DigestAlgorithm algorithm : request.fixity().algorithms()) {
            tags.add(new TagFile(algorithm.manifestFileName(), ManifestWriter.payloadManifest(request.fixity(), algorithm)));
        }
        for (DigestAlgorithm algorithm : request.fixity().algorithms()) {
            List<ManifestEntry> lines = new ArrayList<>();
            for (TagFile tag : tags) {
                lines.add(new ManifestEntry(hex(algorithm, tag.content()), tag.name()));
            }
            entries.put(algorithm.tagManifestFileName(), ManifestWriter.render(lines));
        }
        for (TagFile tag : tags) {
            entries.put(tag.name(), tag.content());
        }
        TreeSet<String> folders = new TreeSet<>(PathOrder.INSTANCE);
        for (FileFixity f : request.fixity().files()) {
            String path = f.file().bagPath();
            entries.put(path, f.file());
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash + 1));
            }
        }
        for (TagFile tag : tags) {
            for (int slash = tag.name().indexOf('/'); slash > 0; slash = tag.name().indexOf('/', slash + 1)) {
                folders.add(tag.name().substring(0, slash + 1));
            }
        }
        folders.add("data/");
        for (String folder : folders) {
            entries.put(folder, null);
        }
        return entries;
    }

    private static long copy(DatasetFile file, ZipArchiveOutputStream zip) throws IOException, DatasetException {
        ChangeDetector.requireUnchanged(file, "bundled");
        long copied;
        try (InputStream in = ChangeDetector.open(file, "bundled")) {
            copied = in.transferTo(zip);
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

    private static String hex(DigestAlgorithm algorithm, byte[] content) {
        return java.util.HexFormat.of().formatHex(algorithm.newDigest().digest(content));
    }
}
