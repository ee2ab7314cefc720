package org.datasetkit.core.bag;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.datasetkit.core.dataset.PathOrder;

/**
 * The names of a bag's files, for matching manifest lines and for warnings about names that differ only by Unicode
 * normalisation or by case. Both are allowed in a bag (RFC 8493 §6.2.3, §6.2.4 ask implementations to warn), but such
 * a pair cannot be extracted side by side on macOS or Windows, and a manifest line may use the other normalisation.
 * Only the names that are not in NFC are kept beside the bag's list, and only the names whose folded form another name
 * may share are compared: two hash maps of every name cost 80 bytes a file for what is nearly always nothing.
 */
final class BagNames {

    private final BagFiles files;
    /** The names not in NFC, by their NFC form: the first in the bag's order for each. */
    private final Map<String, String> notNfc = new HashMap<>();
    private final BagFindings findings;

    BagNames(BagFiles files, BagFindings findings) {
        this.files = files;
        this.findings = findings;
        List<BagSource.Entry> all = files.all();
        long[] folded = new long[all.size()];
        for (int i = 0; i < folded.length; i++) {
            String path = all.get(i).path();
            String nfc = Normalizer.normalize(path, Normalizer.Form.NFC);
            if (!nfc.equals(path)) {
                notNfc.putIfAbsent(nfc, path);
            }
            folded[i] = hash(nfc.toLowerCase(Locale.ROOT));
        }
        long[] sorted = folded.clone();
        Arrays.sort(sorted);
        warnAboutTwins(all, folded, sorted);
    }

    /**
     * Warns about each name that differs from an earlier one only by normalisation, else only by case. Names are
     * twins only if their folded forms are equal, so only those whose folded form's hash another name shares are
     * compared, in the bag's order.
     */
    private void warnAboutTwins(List<BagSource.Entry> all, long[] folded, long[] sorted) {
        Map<String, String> byNfc = new HashMap<>();
        Map<String, String> byFolded = new HashMap<>();
        for (int i = 0; i < folded.length; i++) {
            if (!shared(sorted, folded[i])) {
                continue;
            }
            String path = all.get(i).path();
            String nfc = Normalizer.normalize(path, Normalizer.Form.NFC);
            String twin = byNfc.putIfAbsent(nfc, path);
            if (twin != null) {
                findings.warning("bag.normalization-collision", path, "differs from '" + twin + "' only by Unicode "
                        + "normalisation; the two cannot both be extracted on macOS", "rename one of them");
                continue;
            }
            String caseTwin = byFolded.putIfAbsent(nfc.toLowerCase(Locale.ROOT), path);
            if (caseTwin != null) {
                findings.warning("bag.case-collision", path, "differs from '" + caseTwin + "' only by case; the two "
                        + "cannot both be extracted on Windows or macOS", "rename one of them");
            }
        }
    }

    /** Whether {@code value} is in {@code sorted} more than once. */
    private static boolean shared(long[] sorted, long value) {
        int at = Arrays.binarySearch(sorted, value);
        return (at > 0 && sorted[at - 1] == value) || (at + 1 < sorted.length && sorted[at + 1] == value);
    }

    /** 64 bits of FNV-1a over the characters: equal texts, equal hashes; unequal ones rarely. */
    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return h;
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
        String twin = firstWithNfc(Normalizer.normalize(listed, Normalizer.Form.NFC));
        if (twin != null) {
            findings.warning("bag.normalization-mismatch", manifest, "lists '" + listed + "', found under another "
                    + "Unicode normalisation", "write manifest paths in the same normalisation as the files (NFC)");
        }
        return twin;
    }

    /** The first name in the bag's order whose NFC form is {@code nfc}: the name itself, or one not in NFC. */
    private String firstWithNfc(String nfc) {
        BagSource.Entry itself = files.get(nfc);
        String other = notNfc.get(nfc);
        if (itself == null || other == null) {
            return itself != null ? itself.path() : other;
        }
        return PathOrder.INSTANCE.compare(itself.path(), other) <= 0 ? itself.path() : other;
    }
}
