package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A bag serialised as a zip with one top-level folder, indexed from its central directory alone
 * ({@link ZipCentralDirectory}); an entry's local header is read, and checked against the directory, only when the
 * entry itself is read ({@link ZipEntryData}), so a fast verification reads the headers of the tag files only.
 */
final class ZipBagSource extends ArchiveBagSource {

    private final FileChannel channel;
    private final String archiveName;
    private final VerificationLimits limits;
    private final long entriesEnd;
    /** The indexed entries, each with its directory entry's offset: read again when the entry is opened. */
    private final BagFiles located;
    private long declared;

    private ZipBagSource(FileChannel channel, String archiveName, VerificationLimits limits) throws IOException {
        super(archiveName);
        this.channel = channel;
        this.archiveName = archiveName;
        this.limits = limits;
        this.entriesEnd = ZipCentralDirectory.scan(archiveName, channel, this::take);
        indexed(finish(channel.size()));
        this.located = new BagFiles(index.entries);
    }

    static ZipBagSource open(Path archive, VerificationLimits limits) throws IOException {
        FileChannel channel = FileChannel.open(archive, StandardOpenOption.READ);
        try {
            return new ZipBagSource(channel, archive.getFileName().toString(), limits);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Indexes an entry under the single top-level folder, unless it is refused. */
    private void take(ZipCentralDirectory.Entry e) {
        String path = index.accept(e.name(), e.directory(), e.symlink());
        if (path == null) {
            return;
        }
        long compressed = Math.max(1, e.compressedSize());
        if (e.size() > (1 << 20) && e.size() / compressed > limits.maxRatio()) {
            index.problem("bag.compression-ratio", e.name(), "expands " + (e.size() / compressed) + " times ("
                    + e.size() + " bytes from " + compressed + "); more than " + limits.maxRatio()
                    + ":1 is treated as a zip bomb and not read");
            index.refused.add(path);
            return;
        }
        index.entries.add(new Entry(path, e.size(), e.offset()));
        declared += e.size();
    }

    /**
     * Returns the top-level folder's name. Honest entries cannot together expand more than their archive's size times
     * the ratio cap; entries that overlap in the file (the non-recursive zip bomb) or many small ones each under the
     * per-entry check can, and then nothing is read.
     */
    private String finish(long archiveBytes) {
        if (declared / Math.max(1, archiveBytes) > limits.maxRatio()) {
            index.problem("bag.compression-ratio", "", "its entries declare " + declared + " bytes from an archive of "
                    + archiveBytes + " (more than " + limits.maxRatio() + ":1): overlapping entries or a zip bomb; nothing is read");
            index.entries.forEach(e -> index.refused.add(e.path()));
            index.entries.clear();
        }
        return index.finish();
    }

    @Override
    public InputStream open(String path) throws IOException {
        Entry e = located.get(path);
        if (e == null) {
            throw new NoSuchFileException(archiveName + "!/" + path);
        }
        return ZipEntryData.open(archiveName, channel, ZipCentralDirectory.at(archiveName, channel, e.locator(),
                entriesEnd), entriesEnd);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
