package org.datasetkit.core.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.Vocabulary;

/**
 * Scans a dataset folder into a sorted, checked list of payload files. Read-only; the result is deterministic
 * (sorted by UTF-8 path) however the walk was scheduled; every problem is collected so the user sees all of them at
 * once.
 */
public final class DatasetScanner {

    public Dataset scan(ScanRequest request) throws IOException, DatasetException {
        return scan(request, file -> {});
    }

    /**
     * Scans, handing every payload file to {@code onFile} as soon as it is found (from the walk's threads, in no
     * particular order), so checksums can start before the walk ends. Files are handed over before every check has
     * run (colliding names, links); if one fails, the scan throws and the listener's work is void.
     */
    public Dataset scan(ScanRequest request, Consumer<DatasetFile> onFile) throws IOException, DatasetException {
        Path root = request.root().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new DatasetException(Diagnostic.error("dataset.no-root", root.toString(),
                    "the dataset folder does not exist or is not a folder",
                    "set " + request.words().setting(Vocabulary.Setting.DIRECTORY) + " to the folder holding datasheet.yaml"));
        }
        DatasetWalk walker = new DatasetWalk(root, request, onFile);
        List<DatasetFile> files = walker.run();
        reportJunk(walker);
        if (!walker.errors.isEmpty()) {
            // The warnings too: whoever fixes the errors should see everything else that is wrong at the same time.
            throw new DatasetException(Diagnostics.sorted(walker.errors).plus(Diagnostics.sorted(walker.warnings)));
        }
        return new Dataset(root, files, Diagnostics.sorted(walker.warnings));
    }

    private static void reportJunk(DatasetWalk walker) {
        if (!walker.junk.isEmpty()) {
            List<String> junk = new ArrayList<>(walker.junk);
            junk.sort(PathOrder.INSTANCE);
            walker.warnings.add(Diagnostic.warning("dataset.os-junk", junk.get(0),
                    "left out of the bundle: " + junk.size() + " operating-system file(s) such as .DS_Store or Thumbs.db",
                    "delete them from the dataset folder"));
        }
    }
}
