package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** A bag serialised as a zip with one top-level folder, read through its central directory. */
final class ZipBagSource extends ArchiveBagSource {

    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> byPath = new HashMap<>();

    private final VerificationLimits limits;

    private ZipBagSource(ZipFile zip, String archiveName, long archiveBytes, VerificationLimits limits) {
        super(archiveName);
        this.zip = zip;
        this.limits = limits;
        indexed(index(archiveBytes));
    }

    static ZipBagSource open(Path archive, VerificationLimits limits) throws IOException {
        ZipFile zip = ZipFile.builder().setPath(archive).get();
        return new ZipBagSource(zip, archive.getFileName().toString(), java.nio.file.Files.size(archive), limits);
    }

    /**
     * Indexes the entries under the single top-level folder and returns that folder's name. Honest entries cannot
     * together expand more than their archive's size times the ratio cap; entries that overlap in the file (the
     * non-recursive zip bomb) or many small ones each under the per-entry check can, and then nothing is read.
     */
    private String index(long archiveBytes) {
        long declared = 0;
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
            String path = index.accept(e.getName(), e.isDirectory(), e.isUnixSymlink());
            if (path == null) {
                continue;
            }
            if (e.getSize() < 0) {
                index.problem("bag.entry-size-unknown", e.getName(), "the archive's directory does not give this entry's size");
                index.refused.add(path);
                continue;
            }
            long compressed = Math.max(1, e.getCompressedSize());
            if (e.getSize() > (1 << 20) && e.getSize() / compressed > limits.maxRatio()) {
                index.problem("bag.compression-ratio", e.getName(), "expands " + (e.getSize() / compressed) + " times ("
                        + e.getSize() + " bytes from " + compressed + "); more than " + limits.maxRatio()
                        + ":1 is treated as a zip bomb and not read");
                index.refused.add(path);
                continue;
            }
            byPath.put(path, e);
            index.entries.add(new Entry(path, e.getSize()));
            declared += e.getSize();
        }
        if (declared / Math.max(1, archiveBytes) > limits.maxRatio()) {
            index.problem("bag.compression-ratio", "", "its entries declare " + declared + " bytes from an archive of "
                    + archiveBytes + " (more than " + limits.maxRatio() + ":1): overlapping entries or a zip bomb; nothing is read");
            index.entries.forEach(e -> index.refused.add(e.path()));
            index.entries.clear();
            byPath.clear();
        }
        return index.finish();
    }

    @Override
    public InputStream open(String path) throws IOException {
        return zip.getInputStream(byPath.get(path));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
