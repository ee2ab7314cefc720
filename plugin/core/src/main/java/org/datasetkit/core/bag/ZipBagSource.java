package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * A bag serialised as a zip with one top-level folder, indexed from its central directory alone
 * ({@link ZipCentralDirectory}); an entry's local header is read, and checked against the directory, only when the
 * entry itself is read ({@link ZipEntryData}), so a fast verification reads the headers of the tag files only.
 */
final class ZipBagSource extends ArchiveBagSource {

    private final FileChannel channel;
    private final String archiveName;
    private final long entriesEnd;
    private final Map<String, ZipCentralDirectory.Entry> byPath = new HashMap<>();

    private final VerificationLimits limits;

    private ZipBagSource(FileChannel channel, String archiveName, ZipCentralDirectory.Listing listing,
            VerificationLimits limits) throws IOException {
        super(archiveName);
        this.channel = channel;
        this.archiveName = archiveName;
        this.entriesEnd = listing.entriesEnd();
        this.limits = limits;
        indexed(index(listing, channel.size()));
    }

    static ZipBagSource open(Path archive, VerificationLimits limits) throws IOException {
        FileChannel channel = FileChannel.open(archive, StandardOpenOption.READ);
        try {
            String name = archive.getFileName().toString();
            return new ZipBagSource(channel, name, ZipCentralDirectory.read(name, channel), limits);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Indexes the entries under the single top-level folder and returns that folder's name. Honest entries cannot
     * together expand more than their archive's size times the ratio cap; entries that overlap in the file (the
     * non-recursive zip bomb) or many small ones each under the per-entry check can, and then nothing is read.
     */
    private String index(ZipCentralDirectory.Listing listing, long archiveBytes) {
        long declared = 0;
        for (ZipCentralDirectory.Entry e : listing.entries()) {
            String path = index.accept(e.name(), e.directory(), e.symlink());
            if (path == null) {
                continue;
            }
            long compressed = Math.max(1, e.compressedSize());
            if (e.size() > (1 << 20) && e.size() / compressed > limits.maxRatio()) {
                index.problem("bag.compression-ratio", e.name(), "expands " + (e.size() / compressed) + " times ("
                        + e.size() + " bytes from " + compressed + "); more than " + limits.maxRatio()
                        + ":1 is treated as a zip bomb and not read");
                index.refused.add(path);
                continue;
            }
            byPath.put(path, e);
            index.entries.add(new Entry(path, e.size()));
            declared += e.size();
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
        return ZipEntryData.open(archiveName, channel, byPath.get(path), entriesEnd);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
