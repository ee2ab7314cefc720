package org.datasetkit.core.bag;

import java.io.IOException;
import java.util.Locale;
import org.datasetkit.core.diag.DatasetException;

/** Writes a planned bag in one serialisation; the result appears at its final path only when complete. */
public interface BagWriter {

    default BagWriteResult write(BagRequest request) throws IOException, DatasetException {
        return write(request, new BagPlan(request));
    }

    /** Writes the bag with its plan already made (and possibly fingerprinted) from the same request. */
    BagWriteResult write(BagRequest request, BagPlan plan) throws IOException, DatasetException;

    /** The writer for {@code zip} (default), {@code tar.gz} or {@code directory}; a zip deflates on {@code threads}. */
    static BagWriter forFormat(String format, int threads) {
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "zip" -> new ZipBagWriter(threads);
            case "tar.gz", "tgz" -> new TarBagWriter();
            case "directory", "dir" -> new DirectoryBagWriter();
            default -> throw new IllegalArgumentException("must be zip, tar.gz or directory, not '" + format + "'");
        };
    }

    /** The file name extension of a format's output ("" for a folder). */
    static String extension(String format) {
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "tar.gz", "tgz" -> ".tar.gz";
            case "directory", "dir" -> "";
            default -> ".zip";
        };
    }
}
