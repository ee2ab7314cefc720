package org.datasetkit.core.bag;

import java.util.ArrayList;
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

    /** An entry: a folder, in-memory bytes, or a dataset file. */
    public sealed interface Entry {
        record Folder() implements Entry {}

        record Bytes(byte[] content) implements Entry {}

        record File(FileFixity fixity) implements Entry {
            public DatasetFile file() {
                return fixity.file();
            }
        }
    }

    private final SortedMap<String, Entry> entries = new TreeMap<>(PathOrder.INSTANCE);
    private final long payloadFiles;
    private final long payloadBytes;

    public BagPlan(BagRequest request) throws DatasetException {
        List<ManifestEntry> generatedLines = new ArrayList<>();
        long files = request.fixity().files().size();
        long bytes = request.fixity().dataset().totalBytes();
        java.util.Set<String> holes = holes(request);
        for (FileFixity f : request.fixity().files()) {
            if (!holes.contains(f.file().bagPath())) { // a hole is listed in the manifests and counted, not written
                entries.put(f.file().bagPath(), new Entry.File(f));
            }
        }
        List<Diagnostic> taken = new ArrayList<>();
        for (TagFile g : request.generatedPayload()) {
            String path = "data/" + g.name();
            if (entries.containsKey(path)) {
                taken.add(Diagnostic.error("bag.generated-path-taken", g.name(),
                        "is generated into the bundle, but the dataset already has a file of that name",
                        "rename the dataset's file or leave it out of the payload; datasetkit writes this one from the datasheet"));
                continue;
            }
            entries.put(path, new Entry.Bytes(g.content()));
            files++;
            bytes += g.content().length;
        }
        if (!taken.isEmpty()) {
            throw new DatasetException(new org.datasetkit.core.diag.Diagnostics(taken));
        }
        this.payloadFiles = files;
        this.payloadBytes = bytes;

        List<TagFile> tags = new ArrayList<>();
        tags.add(new TagFile(BagitDeclaration.FILE_NAME, BagitDeclaration.render()));
        tags.add(new TagFile("bag-info.txt", request.bagInfo().withPayload(bytes, files).render()));
        tags.addAll(request.tagFiles());
        if (!request.fetched().isEmpty()) {
            tags.add(new TagFile(FetchFile.NAME, FetchFile.render(request.fetched())));
        }
        for (DigestAlgorithm algorithm : request.fixity().algorithms()) {
            generatedLines.clear();
            for (TagFile g : request.generatedPayload()) {
                generatedLines.add(new ManifestEntry(hex(algorithm, g.content()), "data/" + g.name()));
            }
            tags.add(new TagFile(algorithm.manifestFileName(),
                    ManifestWriter.payloadManifest(request.fixity(), algorithm, generatedLines)));
        }
        for (DigestAlgorithm algorithm : request.fixity().algorithms()) {
            List<ManifestEntry> lines = new ArrayList<>();
            for (TagFile tag : tags) {
                lines.add(new ManifestEntry(hex(algorithm, tag.content()), tag.name()));
            }
            entries.put(algorithm.tagManifestFileName(), new Entry.Bytes(ManifestWriter.render(lines)));
        }
        for (TagFile tag : tags) {
            entries.put(tag.name(), new Entry.Bytes(tag.content()));
        }
        for (String path : new ArrayList<>(entries.keySet())) {
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                entries.putIfAbsent(path.substring(0, slash + 1), new Entry.Folder());
            }
        }
        entries.putIfAbsent("data/", new Entry.Folder());
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

    /** Entries by path inside the bag (folders end with '/'), sorted. */
    public SortedMap<String, Entry> entries() {
        return entries;
    }

    public long payloadFiles() {
        return payloadFiles;
    }

    public long payloadBytes() {
        return payloadBytes;
    }

    private static String hex(DigestAlgorithm algorithm, byte[] content) {
        return HexFormat.of().formatHex(algorithm.newDigest().digest(content));
    }
}
