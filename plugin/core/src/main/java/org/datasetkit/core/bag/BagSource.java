package org.datasetkit.core.bag;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.datasetkit.core.diag.Diagnostic;

/**
 * A bag to verify, whatever holds it (a folder or an archive): its files by path relative to the bag's base
 * directory, and the problems found while opening it (unsafe or duplicate entries, links).
 */
interface BagSource extends Closeable {

    /** A regular file of the bag, by its path relative to the base directory. */
    record Entry(String path, long size) {}

    /** The bag's name (its base directory's name). */
    String name();

    /** The regular files of the bag, safe paths only. */
    List<Entry> entries();

    InputStream open(String path) throws IOException;

    /** Reads a file's content; the stream is only valid during the call. */
    @FunctionalInterface
    interface Visitor {
        void visit(String path, InputStream content) throws IOException;
    }

    /** Every regular file in the container's own order, each read once; the default opens them one by one. */
    default void forEach(Visitor visitor) throws IOException {
        for (Entry e : entries()) {
            try (InputStream in = open(e.path())) {
                visitor.visit(e.path(), in);
            }
        }
    }

    /** What was wrong with the container itself. */
    List<Diagnostic> problems();

    /** Files the container holds but that were refused unread (a problem names each); not "missing" on top of that. */
    default java.util.Set<String> refused() {
        return java.util.Set.of();
    }

    static BagSource open(Path bag, VerificationLimits limits) throws IOException {
        if (Files.isDirectory(bag)) {
            return DirectoryBagSource.open(bag);
        }
        String name = bag.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            return ZipBagSource.open(bag, limits);
        }
        if (name.endsWith(".tar") || name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            return TarBagSource.open(bag);
        }
        throw new IOException("cannot verify " + bag + ": expected a bag folder or a .zip, .tar or .tar.gz archive");
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
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return "contains '..'";
            }
        }
        if (name.indexOf('\0') >= 0) {
            return "contains a NUL character";
        }
        return null;
    }
}
