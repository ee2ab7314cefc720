package org.datasetkit.core.bag;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.datasetkit.core.diag.Diagnostic;

/**
 * A bag to verify, whatever holds it (a folder or an archive): its files by path relative to the bag's base
 * directory, and the problems found while opening it (unsafe or duplicate entries, links, special files).
 */
interface BagSource extends Closeable {

    /**
     * A regular file of the bag, by its path relative to the base directory, with the size its container gives.
     *
     * @param locator where the container finds it again (a zip: its directory entry's offset), -1 where the path does
     */
    record Entry(String path, long size, long locator) {

        Entry(String path, long size) {
            this(path, size, -1);
        }
    }

    /** The bag's name (its base directory's name). */
    String name();

    /** The regular files of the bag, safe paths only, sorted. */
    List<Entry> entries();

    /** The raw content of a file; callers read it through {@link SizeBoundedInput}. */
    InputStream open(String path) throws IOException;

    /**
     * The checksums of the files in {@code todo} (entries of this bag), each read once for the algorithms
     * {@code algorithms} gives for its path, on up to {@code threads} threads; the sink is called on the calling
     * thread only. A file that cannot be read is reported and the others still are.
     */
    default void checksums(List<Entry> todo, Function<String, Set<ManifestAlgorithm>> algorithms, int threads,
            EntryChecksums.Sink sink) throws IOException {
        ParallelChecksums.run(this, todo, algorithms, threads, sink);
    }

    /** What was wrong with the container itself. */
    List<Diagnostic> problems();

    /** Files the container holds but that were refused unread (a problem names each); not "missing" on top of that. */
    default Set<String> refused() {
        return Set.of();
    }

    /**
     * Opens a bag folder or archive that is known to be a folder or a regular file; {@code readPayload} false when the
     * payload's contents will not be asked for (a tar is then passed over without hashing it).
     */
    static BagSource open(Path bag, VerificationLimits limits, boolean readPayload) throws IOException {
        if (Files.isDirectory(bag)) {
            return DirectoryBagSource.open(bag);
        }
        String name = bag.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            return ZipBagSource.open(bag, limits);
        }
        if (name.endsWith(".tar") || name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            return TarBagSource.open(bag, limits, readPayload);
        }
        throw new IllegalArgumentException("expected a bag folder or a .zip, .tar or .tar.gz archive");
    }

    /**
     * Why an archive entry name could reach outside the bag when extracted (RFC 8493 §5 security), or null if
     * it is safe.
     */
    static String unsafeReason(String name) {
        if (name.startsWith("/") || name.startsWith("\\")) {
            return "is an absolute path";
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            return "starts with a drive letter";
        }
        if (name.startsWith("~")) {
            return "starts with '~' (a home directory)";
        }
        if (name.indexOf('\\') >= 0) {
            return "contains a backslash";
        }
        for (int at = name.indexOf(".."); at >= 0; at = name.indexOf("..", at + 1)) { // a whole ".." part only
            boolean starts = at == 0 || name.charAt(at - 1) == '/';
            boolean ends = at + 2 == name.length() || name.charAt(at + 2) == '/';
            if (starts && ends) {
                return "contains '..'";
            }
        }
        if (name.indexOf('\0') >= 0) {
            return "contains a NUL character";
        }
        return null;
    }
}
