package org.datasetkit.core.bag;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.datasetkit.core.dataset.PathOrder;
import org.datasetkit.core.diag.Diagnostic;

/**
 * A bag serialised as a tar or tar.gz with one top-level folder. A tar can only be read front to back, so it is
 * read once to index it (and to keep the small tag files), and once more to read the payload in archive order.
 */
final class TarBagSource implements BagSource {

    /** Tag files larger than this are not kept in memory (they are read in the second pass). */
    private static final long KEEP = 16L << 20;

    private final Path archive;
    private final String name;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, byte[]> small = new LinkedHashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    private TarBagSource(Path archive) throws IOException {
        this.archive = archive;
        this.name = index();
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
        Set<String> tops = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Set<String> seenNfc = new HashSet<>();
        try (TarArchiveInputStream tar = stream()) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                String entryName = e.getName();
                String unsafe = BagSource.unsafeReason(entryName);
                if (unsafe != null) {
                    problem("bag.unsafe-path", entryName, "the entry " + unsafe + "; extracting it would write outside the bag");
                    continue;
                }
                if (e.isSymbolicLink() || e.isLink()) {
                    problem("bag.symlink", entryName, "the entry is a link; bags must hold regular files only");
                    continue;
                }
                if (!seen.add(entryName)) {
                    problem("bag.duplicate-entry", entryName, "the archive holds this entry more than once");
                    continue;
                }
                if (!seenNfc.add(Normalizer.normalize(entryName, Normalizer.Form.NFC))) {
                    problem("bag.normalization-duplicate", entryName, "has the same name as another entry after Unicode normalisation");
                    continue;
                }
                int slash = entryName.indexOf('/');
                tops.add(slash < 0 ? entryName : entryName.substring(0, slash));
                if (e.isDirectory() || slash < 0 || slash == entryName.length() - 1) {
                    if (slash < 0 && !e.isDirectory()) {
                        problem("bag.outside-base", entryName, "the file is not inside the bag's folder");
                    }
                    continue;
                }
                String path = entryName.substring(slash + 1);
                entries.add(new Entry(path, e.getSize()));
                if (!path.startsWith("data/") && e.getSize() <= KEEP) {
                    small.put(path, tar.readAllBytes());
                }
            }
        }
        if (tops.size() != 1) {
            problem("bag.not-one-folder", "", "the archive must hold exactly one top-level folder (the bag), but holds " + tops.size());
        }
        entries.sort((a, b) -> PathOrder.INSTANCE.compare(a.path(), b.path()));
        return tops.size() == 1 ? tops.iterator().next() : archive.getFileName().toString();
    }

    private void problem(String code, String entry, String message) {
        String file = entry.isEmpty() ? archive.getFileName().toString() : archive.getFileName() + "!/" + entry;
        problems.add(Diagnostic.error(code, file, message, "rebuild the archive from the bag folder"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Entry> entries() {
        return entries;
    }

    @Override
    public InputStream open(String path) throws IOException {
        byte[] kept = small.get(path);
        if (kept != null) {
            return new ByteArrayInputStream(kept);
        }
        TarArchiveInputStream tar = stream();
        String wanted = name + "/" + path;
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
            String prefix = name + "/";
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (!e.isDirectory() && !e.isSymbolicLink() && e.getName().startsWith(prefix)) {
                    visitor.visit(e.getName().substring(prefix.length()), tar);
                }
            }
        }
    }

    @Override
    public List<Diagnostic> problems() {
        return problems;
    }

    @Override
    public void close() {}
}
