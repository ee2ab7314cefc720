package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.datasetkit.core.dataset.PathOrder;
import org.datasetkit.core.diag.Diagnostic;

/** A bag serialised as a zip with one top-level folder, read through its central directory. */
final class ZipBagSource implements BagSource {

    private final ZipFile zip;
    private final String archiveName;
    private final String name;
    private final Map<String, ZipArchiveEntry> byPath = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    private final VerificationLimits limits;

    private ZipBagSource(ZipFile zip, String archiveName, VerificationLimits limits) {
        this.zip = zip;
        this.archiveName = archiveName;
        this.limits = limits;
        this.name = index();
    }

    static ZipBagSource open(Path archive, VerificationLimits limits) throws IOException {
        ZipFile zip = ZipFile.builder().setPath(archive).get();
        return new ZipBagSource(zip, archive.getFileName().toString(), limits);
    }

    /** Indexes the entries under the single top-level folder and returns that folder's name. */
    private String index() {
        List<ZipArchiveEntry> all = Collections.list(zip.getEntries());
        Set<String> tops = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Set<String> seenNfc = new HashSet<>();
        for (ZipArchiveEntry e : all) {
            String entryName = e.getName();
            String unsafe = BagSource.unsafeReason(entryName);
            if (unsafe != null) {
                problems.add(problem("bag.unsafe-path", entryName, "the entry " + unsafe + "; extracting it would write outside the bag",
                        "rebuild the archive from the bag folder"));
                continue;
            }
            if (e.isUnixSymlink()) {
                problems.add(problem("bag.symlink", entryName, "the entry is a symbolic link; bags must hold regular files only",
                        "replace the link with the file it points to"));
                continue;
            }
            if (!seen.add(entryName)) {
                problems.add(problem("bag.duplicate-entry", entryName, "the archive holds this entry more than once",
                        "rebuild the archive; unzip tools would keep only one of them"));
                continue;
            }
            if (!seenNfc.add(Normalizer.normalize(entryName, Normalizer.Form.NFC))) {
                problems.add(problem("bag.normalization-duplicate", entryName,
                        "has the same name as another entry after Unicode normalisation",
                        "rename one of them; they collide on macOS and in most bag tools"));
                continue;
            }
            int slash = entryName.indexOf('/');
            tops.add(slash < 0 ? entryName : entryName.substring(0, slash));
            if (e.isDirectory() || slash < 0) {
                if (slash < 0 && !e.isDirectory()) {
                    problems.add(problem("bag.outside-base", entryName, "the file is not inside the bag's folder",
                            "a bag archive holds exactly one top-level folder"));
                }
                continue;
            }
            String path = entryName.substring(slash + 1);
            long compressed = Math.max(1, e.getCompressedSize());
            if (e.getSize() > (1 << 20) && e.getSize() / compressed > limits.maxRatio()) {
                problems.add(problem("bag.compression-ratio", entryName, "expands " + (e.getSize() / compressed)
                        + " times (" + e.getSize() + " bytes from " + compressed + "); more than " + limits.maxRatio()
                        + ":1 is treated as a zip bomb and not read", "rebuild the archive; real data does not compress like this"));
                continue;
            }
            byPath.put(path, e);
            entries.add(new Entry(path, e.getSize()));
        }
        if (tops.size() != 1) {
            problems.add(problem("bag.not-one-folder", "",
                    "the archive must hold exactly one top-level folder (the bag), but holds " + tops.size(),
                    "rebuild the archive from the bag folder"));
        }
        entries.sort((a, b) -> PathOrder.INSTANCE.compare(a.path(), b.path()));
        return tops.size() == 1 ? tops.iterator().next() : archiveName;
    }

    private Diagnostic problem(String code, String entry, String message, String hint) {
        String file = entry.isEmpty() ? archiveName : archiveName + "!/" + entry;
        return Diagnostic.error(code, file, message, hint);
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
        return zip.getInputStream(byPath.get(path));
    }

    @Override
    public List<Diagnostic> problems() {
        return problems;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
