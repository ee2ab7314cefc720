package org.datasetkit.core.bag;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The names of a bag's files, for matching manifest lines and for warnings about names that differ only by Unicode
 * normalisation or by case. Both are allowed in a bag (RFC 8493 §6.2.3, §6.2.4 ask implementations to warn), but such
 * a pair cannot be extracted side by side on macOS or Windows, and a manifest line may use the other normalisation.
 */
final class BagNames {

    private final BagFiles files;
    private final Map<String, String> byNfc = new HashMap<>();
    private final BagFindings findings;

    BagNames(BagFiles files, BagFindings findings) {
        this.files = files;
        this.findings = findings;
        Map<String, String> byFolded = new HashMap<>();
        for (BagSource.Entry file : files.all()) {
            String path = file.path();
            String nfc = same(path, Normalizer.normalize(path, Normalizer.Form.NFC));
            String twin = byNfc.putIfAbsent(nfc, path);
            if (twin != null) {
                findings.warning("bag.normalization-collision", path, "differs from '" + twin + "' only by Unicode "
                        + "normalisation; the two cannot both be extracted on macOS", "rename one of them");
                continue;
            }
            String folded = same(nfc, nfc.toLowerCase(Locale.ROOT));
            String caseTwin = byFolded.putIfAbsent(folded, path);
            if (caseTwin != null) {
                findings.warning("bag.case-collision", path, "differs from '" + caseTwin + "' only by case; the two "
                        + "cannot both be extracted on Windows or macOS", "rename one of them");
            }
        }
    }

    /** {@code original} when {@code changed} is equal to it: the normalised copies of a million names held twice each. */
    private static String same(String original, String changed) {
        return changed.equals(original) ? original : changed;
    }

    /**
     * The bag's own spelling of a listed path (exact, else under another normalisation, with a warning), or null;
     * the bag's own instance, so the manifest's copy of the name is not kept.
     */
    String resolve(String listed, String manifest) {
        BagSource.Entry exact = files.get(listed);
        if (exact != null) {
            return exact.path();
        }
        String twin = byNfc.get(Normalizer.normalize(listed, Normalizer.Form.NFC));
        if (twin != null) {
            findings.warning("bag.normalization-mismatch", manifest, "lists '" + listed + "', found under another "
                    + "Unicode normalisation", "write manifest paths in the same normalisation as the files (NFC)");
        }
        return twin;
    }
}
