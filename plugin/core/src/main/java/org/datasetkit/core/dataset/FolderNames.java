package org.datasetkit.core.dataset;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.datasetkit.core.diag.Diagnostic;

/**
 * Checks the names in one folder for pairs that cannot live side by side elsewhere: names equal after Unicode
 * normalisation cannot both be in a bag (nor on macOS), names equal but for case overwrite each other on macOS
 * and Windows. Only siblings can collide, so checking folder by folder finds every pair, and a colliding folder is
 * reported once, not once for every file inside it.
 */
final class FolderNames {

    /** A name in the folder and the path it is reported under (folders end with {@code /}). */
    record Name(String name, String reported) {}

    private FolderNames() {}

    /** Reports each collision on the later name of the pair; {@code names} come in path order. */
    static void check(List<Name> names, Consumer<Diagnostic> errors, Consumer<Diagnostic> warnings) {
        if (names.size() < 2 || isPlainLowerAscii(names)) {
            return; // distinct ASCII names without capitals cannot collide either way
        }
        Map<String, Name> byNfc = new HashMap<>();
        Map<String, Name> byFolded = new HashMap<>();
        for (Name n : names) {
            String nfc = isAscii(n.name()) ? n.name() : Normalizer.normalize(n.name(), Normalizer.Form.NFC);
            Name earlier = byNfc.putIfAbsent(nfc, n);
            if (earlier != null) {
                errors.accept(Diagnostic.error("dataset.name-collision", n.reported(),
                        "has the same name as '" + earlier.reported() + "' after Unicode normalisation (NFC)",
                        "rename one of the two; a bag cannot hold both"));
                continue;
            }
            Name twin = byFolded.putIfAbsent(nfc.toLowerCase(Locale.ROOT), n);
            if (twin != null) {
                warnings.accept(Diagnostic.warning("dataset.case-collision", n.reported(),
                        "differs from '" + twin.reported() + "' only by case; the two overwrite each other on macOS and Windows",
                        "rename one of the two"));
            }
        }
    }

    private static boolean isPlainLowerAscii(List<Name> names) {
        for (Name n : names) {
            // its UTF-8 bytes: as long as the name only if it is ASCII, and scanned without a call per character
            byte[] b = n.name().getBytes(StandardCharsets.UTF_8);
            if (b.length != n.name().length()) {
                return false;
            }
            for (byte c : b) {
                if (c >= 'A' && c <= 'Z') {
                    return false;
                }
            }
        }
        return true;
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
