package org.datasetkit.core.bag;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.dataset.PathOrder;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FileFixity;
import org.datasetkit.core.fixity.ManifestEntry;
import org.datasetkit.core.fixity.ManifestWriter;

/**
 * Every entry of a bag, whatever it is written as (zip, tar.gz, folder), sorted by its UTF-8 path inside the bag:
 * folders, tag files and generated payload files (in memory), and the dataset's files (read from disk when written).
 * The manifests list the dataset's files with the checksums already computed and the generated files with
 * checksums of their bytes; Payload-Oxum and Bag-Size count both.
 */
public final class BagPlan {

    /** An entry: a folder, in-memory bytes, a generated file on disk, or a dataset file. */
    public sealed interface Entry {
        record Folder() implements Entry {}

        record Bytes(byte[] content) implements Entry {}

        /** A generated file written to disk first, because it grows with the payload (RO-Crate, manifests). */
        record Spooled(SpooledFile spooled) implements Entry {}

        record File(FileFixity fixity) implements Entry {
            public DatasetFile file() {
                return fixity.file();
            }
        }
    }

    /** Every entry but the dataset's files in path order, which {@link #entries()} merges in from the checksums. */
    private final SortedMap<String, Entry> others = new TreeMap<>(PathOrder.INSTANCE);
    private final PlanEntries entries;
    private final long payloadFiles;
    private final long payloadBytes;

    public BagPlan(BagRequest request) throws DatasetException {
        List<ManifestEntry> generatedLines = new ArrayList<>();
        long files = request.fixity().files().size();
        long bytes = request.fixity().dataset().totalBytes();
        java.util.Set<String> holes = holes(request); // a hole is listed in the manifests and counted, not written
        List<FileFixity> inOrder = datasetFilesInOrder(request.fixity().files(), holes);
        this.entries = new PlanEntries(inOrder, holes, others);
        List<Diagnostic> taken = new ArrayList<>();
        Map<String, Entry> generated = new LinkedHashMap<>();
        request.generatedPayload().forEach(g -> generated.put(g.name(), new Entry.Bytes(g.content())));
        request.spooledPayload().forEach(g -> generated.put(g.name(), new Entry.Spooled(g)));
        for (Map.Entry<String, Entry> g : generated.entrySet()) {
            String path = "data/" + g.getKey();
            if (entries.containsKey(path)) {
                taken.add(Diagnostic.error("bag.generated-path-taken", g.getKey(),
                        "is generated into the bundle, but the dataset already has a file of that name",
                        "rename the dataset's file or leave it out of the payload; datasetkit writes this one from the datasheet"));
                continue;
            }
            others.put(path, g.getValue());
            files++;
            bytes += size(g.getValue());
        }
        if (!taken.isEmpty()) {
            throw new DatasetException(new org.datasetkit.core.diag.Diagnostics(taken));
        }
        this.payloadFiles = files;
        this.payloadBytes = bytes;

        Map<String, Entry> tags = new LinkedHashMap<>();
        tags.put(BagitDeclaration.FILE_NAME, new Entry.Bytes(BagitDeclaration.render()));
        tags.put("bag-info.txt", new Entry.Bytes(request.bagInfo().withPayload(bytes, files).render()));
        request.tagFiles().forEach(t -> tags.put(t.name(), new Entry.Bytes(t.content())));
        if (!request.fetched().isEmpty()) {
            tags.put(FetchFile.NAME, new Entry.Bytes(FetchFile.render(request.fetched())));
        }
        for (DigestAlgorithm algorithm : request.fixity().algorithms()) {
            generatedLines.clear();
            for (Map.Entry<String, Entry> g : generated.entrySet()) {
                generatedLines.add(new ManifestEntry(hex(algorithm, g.getValue()), "data/" + g.getKey()));
            }
            tags.put(algorithm.manifestFileName(), payloadManifest(request, algorithm, List.copyOf(generatedLines)));
        }
        for (DigestAlgorithm algorithm : request.fixity().algorithms()) {
            List<ManifestEntry> lines = new ArrayList<>();
            tags.forEach((name, tag) -> lines.add(new ManifestEntry(hex(algorithm, tag), name)));
            others.put(algorithm.tagManifestFileName(), new Entry.Bytes(ManifestWriter.render(lines)));
        }
        others.putAll(tags);
        addFolders(inOrder, holes);
    }

    /**
     * The dataset's files to merge in as they come: all of them when they are in path order, as a scan gives them;
     * otherwise none, and each is put in the sorted map here instead.
     */
    private List<FileFixity> datasetFilesInOrder(List<FileFixity> files, java.util.Set<String> holes) {
        if (PlanEntries.inPathOrder(files)) {
            return files;
        }
        for (FileFixity f : files) {
            if (!holes.contains(f.file().bagPath())) {
                others.put(f.file().bagPath(), new Entry.File(f));
            }
        }
        return List.of();
    }

    /** A folder entry for every folder on the path of an entry, and {@code data/} in any case. */
    private void addFolders(List<FileFixity> inOrder, java.util.Set<String> holes) {
        String lastFolder = "";
        for (FileFixity f : inOrder) {
            String path = f.file().bagPath();
            int slash = path.lastIndexOf('/');
            // the files of one folder come one after another: its folders are added once
            if (!holes.contains(path) && (slash + 1 != lastFolder.length() || !path.startsWith(lastFolder))) {
                lastFolder = path.substring(0, slash + 1);
                addFoldersOf(lastFolder);
            }
        }
        for (String path : new ArrayList<>(others.keySet())) {
            addFoldersOf(path);
        }
        others.putIfAbsent("data/", new Entry.Folder());
    }

    private void addFoldersOf(String path) {
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            others.putIfAbsent(path.substring(0, slash + 1), new Entry.Folder());
        }
    }

    /** The payload manifest: on disk when the request has a spool folder (it grows with the payload), else in memory. */
    private static Entry payloadManifest(BagRequest request, DigestAlgorithm algorithm, List<ManifestEntry> generatedLines)
            throws DatasetException {
        if (request.spool().isEmpty()) {
            return new Entry.Bytes(ManifestWriter.payloadManifest(request.fixity(), algorithm, generatedLines));
        }
        Path file = request.spool().get().resolve(algorithm.manifestFileName());
        try {
            return new Entry.Spooled(SpooledFile.write(file, algorithm.manifestFileName(), request.fixity().algorithms(),
                    out -> ManifestWriter.writePayloadManifest(request.fixity(), algorithm, generatedLines, out)));
        } catch (IOException e) {
            throw new DatasetException(Diagnostic.error("bundle.spool-failed", file.toString(),
                    "the payload manifest could not be written before bundling: " + e.getMessage(),
                    "make room in the output folder, or check its permissions"));
        }
    }

    /** The number of bytes of a generated or tag file. */
    static long size(Entry entry) {
        if (entry instanceof Entry.Spooled s) {
            return s.spooled().size();
        }
        return ((Entry.Bytes) entry).content().length;
    }

    /**
     * The paths written as fetch.txt lines; each must be a dataset file of exactly the length it is fetched with, or
     * the bag would be valid once fetched only by luck.
     */
    private static java.util.Set<String> holes(BagRequest request) {
        if (request.fetched().isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Map<String, Long> sizes = new java.util.HashMap<>();
        for (FileFixity f : request.fixity().files()) {
            sizes.put(f.file().bagPath(), f.file().size());
        }
        java.util.Set<String> holes = new java.util.HashSet<>();
        for (FetchEntry e : request.fetched()) {
            Long size = sizes.get(e.path());
            if (size == null || size != e.length() || !holes.add(e.path())) {
                throw new IllegalArgumentException("fetch.txt would list " + e.path() + " (" + e.length() + " bytes), "
                        + (size == null ? "which is no payload file" : holes.contains(e.path()) && size == e.length()
                                ? "twice" : "which has " + size + " bytes"));
            }
        }
        return holes;
    }

    /** Entries by path inside the bag (folders end with '/'), iterated in path order; read-only. */
    public Map<String, Entry> entries() {
        return entries;
    }

    public long payloadFiles() {
        return payloadFiles;
    }

    public long payloadBytes() {
        return payloadBytes;
    }

    private static String hex(DigestAlgorithm algorithm, Entry entry) {
        if (entry instanceof Entry.Spooled s) {
            return s.spooled().digest(algorithm);
        }
        return HexFormat.of().formatHex(algorithm.newDigest().digest(((Entry.Bytes) entry).content()));
    }
}
