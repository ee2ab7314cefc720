package org.datasetkit.core.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;

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
     * particular order), so checksums can start before the walk ends. Files are handed over before the checks that
     * need the whole list (name collisions); if those fail, the scan throws and the listener's work is void.
     */
    public Dataset scan(ScanRequest request, Consumer<DatasetFile> onFile) throws IOException, DatasetException {
        Path root = request.root().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new DatasetException(Diagnostic.error("dataset.no-root", root.toString(),
                    "the dataset folder does not exist or is not a folder",
                    "set dataset.directory to the folder holding datasheet.yaml"));
        }
        DatasetWalk walker = new DatasetWalk(root, request, onFile);
        walker.run();
        reportJunk(walker);
        List<DatasetFile> files = new ArrayList<>(walker.files);
        files.sort((a, b) -> PathOrder.INSTANCE.compare(a.path(), b.path()));
        checkCollisions(files, walker);
        if (!walker.errors.isEmpty()) {
            throw new DatasetException(Diagnostics.sorted(walker.errors));
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

    /**
     * Names that differ only by Unicode normalisation cannot both live in a bag (nor on macOS); names that differ only
     * by case overwrite each other on macOS and Windows. Folders are checked as well as files.
     */
    private static void checkCollisions(List<DatasetFile> files, DatasetWalk walker) {
        Map<String, String> byNfc = new HashMap<>();
        Map<String, String> byFolded = new HashMap<>();
        List<String> folders = new ArrayList<>(walker.folders);
        folders.sort(PathOrder.INSTANCE);
        for (String folder : folders) {
            checkName(folder + "/", byNfc, byFolded, walker);
        }
        for (DatasetFile f : files) {
            checkName(f.path(), byNfc, byFolded, walker);
        }
    }

    private static void checkName(String name, Map<String, String> byNfc, Map<String, String> byFolded, DatasetWalk walker) {
        String nfc = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFC);
        String earlier = byNfc.putIfAbsent(nfc, name);
        if (earlier != null) {
            if (!earlier.equals(name)) {
                byNfc.put(nfc, name);
                walker.errors.add(Diagnostic.error("dataset.name-collision", name,
                        "has the same name as '" + earlier + "' after Unicode normalisation (NFC)",
                        "rename one of the two; a bag cannot hold both"));
            }
            return;
        }
        String folded = nfc.toLowerCase(Locale.ROOT);
        String twin = byFolded.putIfAbsent(folded, name);
        if (twin != null) {
            walker.warnings.add(Diagnostic.warning("dataset.case-collision", name,
                    "differs from '" + twin + "' only by case; the two overwrite each other on macOS and Windows",
                    "rename one of the two"));
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
