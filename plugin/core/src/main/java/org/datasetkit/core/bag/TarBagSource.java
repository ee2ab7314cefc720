package org.datasetkit.core.bag;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * A bag serialised as a tar or tar.gz with one top-level folder. A tar can only be read front to back, so it is
 * read once to index it (and to keep the small tag files), and once more to read the payload in archive order.
 */
final class TarBagSource extends ArchiveBagSource {

    /** Tag files larger than this are not kept in memory (they are read in the second pass). */
    private static final long KEEP = 16L << 20;

    private final Path archive;
    private final Map<String, byte[]> small = new LinkedHashMap<>();

    private TarBagSource(Path archive) throws IOException {
        super(archive.getFileName().toString());
        this.archive = archive;
        indexed(index());
    }

    static TarBagSource open(Path archive) throws IOException {
        return new TarBagSource(archive);
    }

    private TarArchiveInputStream stream() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
        String lower = archive.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz") || lower.endsWith(".tgz")) {
            in = new GzipCompressorInputStream(in);
        }
        return new TarArchiveInputStream(in, "UTF-8");
    }

    private String index() throws IOException {
        try (TarArchiveInputStream tar = stream()) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                String path = index.accept(e.getName(), e.isDirectory(), e.isSymbolicLink() || e.isLink());
                if (path == null) {
                    continue;
                }
                index.entries.add(new Entry(path, e.getSize()));
                if (!path.startsWith("data/") && e.getSize() <= KEEP) {
                    small.put(path, tar.readAllBytes());
                }
            }
        }
        return index.finish();
    }

    @Override
    public InputStream open(String path) throws IOException {
        byte[] kept = small.get(path);
        if (kept != null) {
            return new ByteArrayInputStream(kept);
        }
        TarArchiveInputStream tar = stream();
        String wanted = name() + "/" + path;
        for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
            if (e.getName().equals(wanted)) {
                return tar; // positioned at the entry; closing it closes the archive
            }
        }
        tar.close();
        throw new IOException(path + " is not in " + archive);
    }

    @Override
    public void forEach(Visitor visitor) throws IOException {
        try (TarArchiveInputStream tar = stream()) {
            String prefix = name() + "/";
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (!e.isDirectory() && !e.isSymbolicLink() && e.getName().startsWith(prefix)) {
                    visitor.visit(e.getName().substring(prefix.length()), tar);
                }
            }
        }
    }

    @Override
    public void close() {}
}
