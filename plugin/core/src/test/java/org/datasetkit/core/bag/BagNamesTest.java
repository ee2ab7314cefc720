package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.datasetkit.core.dataset.PathOrder;
import org.datasetkit.core.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/** Twins among many names, and the spelling a manifest line resolves to: as when every name was in two maps. */
class BagNamesTest {

    private static final String NFC = "data/\u00C5.txt"; // Å, composed
    private static final String NFD = "data/A\u030A.txt"; // A and a ring above
    private static final String ANGSTROM = "data/\u212B.txt"; // the Ångström sign, whose NFC is the composed Å

    private static BagFiles files(String... paths) {
        List<BagSource.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            entries.add(new BagSource.Entry("data/bulk/f" + i + ".bin", 1));
        }
        for (String p : paths) {
            entries.add(new BagSource.Entry(p, 1));
        }
        entries.sort((a, b) -> PathOrder.INSTANCE.compare(a.path(), b.path()));
        return new BagFiles(entries);
    }

    private static List<String> warnings(BagFindings findings) {
        return findings.all().stream().map(d -> d.code() + " " + d.file() + ": " + d.message()).toList();
    }

    @Test
    void twinsAmongManyNamesAreEachWarnedAboutOnceNamingTheFirst() {
        BagFindings findings = new BagFindings("bag");
        new BagNames(files("data/Scan.txt", "data/scan.txt", "data/SCAN.txt", NFC, NFD), findings);
        assertThat(findings.all()).extracting(Diagnostic::code).containsExactlyInAnyOrder("bag.case-collision",
                "bag.case-collision", "bag.normalization-collision");
        assertThat(warnings(findings)).anyMatch(w -> w.contains("scan.txt") && w.contains("'data/SCAN.txt' only by case"))
                .anyMatch(w -> w.contains("Scan.txt") && w.contains("'data/SCAN.txt' only by case"))
                .anyMatch(w -> w.contains(NFC) && w.contains("'" + NFD + "' only by Unicode normalisation"));
    }

    @Test
    void aListedNameUnderAnotherNormalisationResolvesToTheFirstOfItsTwinsInTheBagsOrder() {
        BagFindings findings = new BagFindings("bag");
        BagNames names = new BagNames(files(NFC, NFD), findings);
        assertThat(names.resolve(ANGSTROM, "manifest-sha256.txt")).isEqualTo(NFD); // "A" sorts before "Å"
        assertThat(names.resolve(NFC, "manifest-sha256.txt")).isEqualTo(NFC);
        BagNames composedFirst = new BagNames(files(NFC, ANGSTROM), new BagFindings("bag"));
        assertThat(composedFirst.resolve(NFD, "manifest-sha256.txt")).isEqualTo(NFC); // "Å" sorts before the sign

        BagNames composedOnly = new BagNames(files(NFC, "data/other.txt"), new BagFindings("bag"));
        assertThat(composedOnly.resolve(NFD, "manifest-sha256.txt")).isEqualTo(NFC);
        BagNames decomposedOnly = new BagNames(files(ANGSTROM), new BagFindings("bag"));
        assertThat(decomposedOnly.resolve(NFD, "manifest-sha256.txt")).isEqualTo(ANGSTROM);
        assertThat(decomposedOnly.resolve("data/none.txt", "manifest-sha256.txt")).isNull();
    }
}
