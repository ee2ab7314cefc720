package org.datasetkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.Severity;
import org.junit.jupiter.api.Test;

class FindingGroupsTest {

    private static Diagnostic name(String file, String where) {
        return new Diagnostic(Severity.ERROR, "privacy.person-name", file, 0, 0, where, where + ": holds a name", "fix");
    }

    @Test
    void repeatedFindingsAreOneLinePerAttributeWithTheCountAndFirstFilesAndTheOutlierComesFirst() {
        List<Diagnostic> all = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            all.add(name(String.format("img/%03d.dcm", i), "(0010,0010)"));
        }
        all.add(name("img/250.dcm", "(0008,1070)"));
        all.add(new Diagnostic(Severity.ERROR, "privacy.personal-identity-number", "a.csv", 3, 4, "", "cell", ""));

        List<String> lines = FindingGroups.of(Diagnostics.sorted(all)).all().stream().map(Diagnostic::format).toList();

        assertThat(lines).containsExactly(
                "a.csv:3:4: error [privacy.personal-identity-number] cell",
                "img/250.dcm: error [privacy.person-name] (0008,1070): holds a name (hint: fix)",
                "img/000.dcm: error [privacy.person-name] (0010,0010): holds a name [the same in 500 files: img/000.dcm,"
                        + " img/001.dcm, img/002.dcm, ...] (hint: fix)");
    }

    @Test
    void theOptionsTheFilesMethodCodesSayAreAPasteReadyLine() {
        assertThat(DicomRules.optionsBlock(Set.of("113100", "113110", "113107", "113102")))
                .isEqualTo("the files' codes say: options: [retainLongitudinal, retainUIDs] (codes [113102] have no"
                        + " option of their own)");
    }
}
