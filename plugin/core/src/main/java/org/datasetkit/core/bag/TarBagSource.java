package org.datasetkit.core.bag;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * A bag serialised as a tar or tar.gz with one top-level folder. A tar can only be read front to back, so it is
 * read once: the entries are indexed, the tag files kept (they are small), and every other file is hashed as it
 * passes with the algorithms of the manifests met before it (datasetkit writes the tag files first), or sha256 and
 * sha512 when none came yet. Only a file whose manifest needs another algorithm, or a tag file too large to keep, is
 * read in a second pass. The decompressed bytes are counted against the archive's size: more than the ratio cap
 * stops the reading as a gzip bomb.
 */
final class TarBagSource extends ArchiveBagSource {

    /** Tag files up to this size are kept in memory from the one pass. */
    private static final long KEEP = 16L << 20;

    private final Path archive;
    private final VerificationLimits limits;
    private final Map<String, byte[]> kept = new LinkedHashMap<>();
    private final Map<String, Map<ManifestAlgorithm, String>> hashed = new HashMap<>();
    private final Map<String, String> unreadable = new HashMap<>();
    private final boolean hashPayload;

    private TarBagSource(Path archive, VerificationLimits limits, boolean hashPayload) {
        super(archive.getFileName().toString());
        this.archive = archive;
        this.limits = limits;
        this.hashPayload = hashPayload;
    }

    /** The archive read once; {@code hashPayload} false passes over the payload's bytes (a fast verification). */
    static TarBagSource open(Path archive, VerificationLimits limits, boolean hashPayload) throws IOException {
        TarBagSource source = new TarBagSource(archive, limits, hashPayload);
        source.indexed(source.readOnce());
        return source;
    }

    private TarArchiveInputStream stream() throws IOException {
        InputStream file = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
        String lower = archive.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz") || lower.endsWith(".tgz")) {
            file = RatioGuard.gzip(file, limits);
        }
        return new TarArchiveInputStream(file, "UTF-8");
    }

    private String readOnce() throws IOException {
        Set<ManifestAlgorithm> seen = new LinkedHashSet<>();
        EntryChecksums reader = new EntryChecksums();
        try (TarArchiveInputStream tar = stream()) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                String path = accept(e);
                if (path == null) {
                    continue;
                }
                index.entries.add(new Entry(path, e.getSize()));
                noteManifest(path, seen);
                if (path.indexOf('/') < 0 && e.getSize() <= KEEP) {
                    kept.put(path, new SizeBoundedInput(tar, e.getSize()).readAllBytes());
                    continue;
                }
                if (!hashPayload && path.startsWith("data/")) {
                    continue; // the stream passes over it unread by us
                }
                Set<ManifestAlgorithm> algorithms = seen.isEmpty() ? Set.of(ManifestAlgorithm.SHA256, ManifestAlgorithm.SHA512) : seen;
                try {
                    hashed.put(path, reader.compute(tar, e.getSize(), algorithms));
                } catch (SizeBoundedInput.SizeMismatch mismatch) {
                    unreadable.put(path, mismatch.getMessage());
                }
            }
        } catch (RatioGuard.Exceeded e) {
            index.problem("bag.compression-ratio", "", e.getMessage() + "; nothing is read");
            refuseAll();
        } catch (IOException e) {
            index.problem("bag.unreadable-archive", "", EntryChecksums.why(e) + " (not a tar archive, or cut short)");
            refuseAll();
        }
        return index.finish();
    }

    /** The path inside the bag of a regular file entry that passes the index's checks, else null. */
    private String accept(TarArchiveEntry e) {
        if (e.isSparse()) {
            index.problem("bag.not-a-file", e.getName(), "the entry is a sparse file, which expands to more than the "
                    + "archive holds; bags hold regular files only");
            return null;
        }
        boolean special = e.isCharacterDevice() || e.isBlockDevice() || e.isFIFO();
        if (special) {
            index.problem("bag.not-a-file", e.getName(), "the entry is a device or a pipe; bags hold regular files only");
            return null;
        }
        return index.accept(e.getName(), e.isDirectory(), e.isSymbolicLink() || e.isLink());
    }

    private static void noteManifest(String path, Set<ManifestAlgorithm> seen) {
        ManifestAlgorithm a = ManifestAlgorithm.ofFileName(path, "manifest-");
        if (a == null) {
            a = ManifestAlgorithm.ofFileName(path, "tagmanifest-");
        }
        if (a != null) {
            seen.add(a);
        }
    }

    private void refuseAll() {
        index.entries.forEach(e -> index.refused.add(e.path()));
        index.entries.clear();
        kept.clear();
        hashed.clear();
    }

    @Override
    public InputStream open(String path) throws IOException {
        byte[] content = kept.get(path);
        if (content != null) {
            return new ByteArrayInputStream(content);
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

    /** From the one pass where it can; the files it could not answer for in a second pass over the archive. */
    @Override
    public void checksums(List<Entry> todo, Function<String, Set<ManifestAlgorithm>> algorithms, int threads,
            EntryChecksums.Sink sink) throws IOException {
        EntryChecksums reader = new EntryChecksums();
        Map<String, Set<ManifestAlgorithm>> again = new HashMap<>();
        for (Entry e : todo) {
            String path = e.path();
            Set<ManifestAlgorithm> wanted = algorithms.apply(path);
            Map<ManifestAlgorithm, String> known = hashed.get(path);
            if (unreadable.containsKey(path)) {
                sink.failed(path, unreadable.get(path));
            } else if (kept.containsKey(path)) {
                sink.found(path, reader.compute(new ByteArrayInputStream(kept.get(path)), kept.get(path).length, wanted));
            } else if (known != null && known.keySet().containsAll(wanted)) {
                sink.found(path, known);
            } else {
                again.put(path, wanted); // another algorithm, or a file the one pass did not hash
            }
        }
        if (!again.isEmpty()) {
            secondPass(again, sink, reader);
        }
    }

    private void secondPass(Map<String, Set<ManifestAlgorithm>> again, EntryChecksums.Sink sink, EntryChecksums reader)
            throws IOException {
        String prefix = name() + "/";
        List<String> left = new ArrayList<>(again.keySet());
        try (TarArchiveInputStream tar = stream()) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null && !left.isEmpty(); e = tar.getNextEntry()) {
                String path = e.getName().startsWith(prefix) ? e.getName().substring(prefix.length()) : null;
                if (path != null && left.remove(path)) {
                    try {
                        sink.found(path, reader.compute(tar, e.getSize(), again.get(path)));
                    } catch (SizeBoundedInput.SizeMismatch mismatch) {
                        sink.failed(path, mismatch.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            left.forEach(path -> sink.failed(path, EntryChecksums.why(e)));
            left.clear();
        }
        left.forEach(path -> sink.failed(path, "is no longer in the archive (was it changed while being verified?)"));
    }

    @Override
    public void close() {}
}
