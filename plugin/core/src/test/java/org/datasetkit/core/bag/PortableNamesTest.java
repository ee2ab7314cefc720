package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class PortableNamesTest {

    private static final List<String> AWKWARD = List.of("data/with space/100% done.csv", "data/line\nbreak.txt",
            "data/ lead.txt", "data/Malmo\u0308/x.txt", "data/a%b.csv", "data/c%d.csv", "data/e%f.csv");

    @Test
    void eachKindOfAwkwardNameIsOneWarningWithExamplesAndTheFix() {
        Diagnostics found = PortableNames.check(AWKWARD, false, "");

        assertThat(found.all()).extracting(Diagnostic::code).containsExactly("bag.name-percent", "bag.name-line-break",
                "bag.name-edge-space", "bag.name-not-nfc");
        assertThat(found.hasErrors()).isFalse();
        Diagnostic percent = found.all().get(0);
        assertThat(percent.message()).startsWith("4 file names containing '%' (data/with space/100% done.csv, data/a%b.csv,")
                .contains(", ...)", "bagit-python and bagit-java do not decode %25");
        assertThat(percent.hint()).contains("rename them without '%'");
        assertThat(found.all().get(1).file()).isEqualTo("data/line\\nbreak.txt");
    }

    @Test
    void underAProfileReadWithThoseToolsTheyAreErrors() {
        Diagnostics found = PortableNames.check(List.of("data/100% done.csv"), true, "snd-bagger");

        assertThat(found.all()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.message()).contains("the snd-bagger profile's consumers read bags with those tools");
        });
    }

    @Test
    void namesTheToolsReadWellPass() {
        assertThat(PortableNames.check(List.of("data/Malmö/bröstcancer.txt", "data/with space/a b.csv", "docs/README.md"),
                true, "snd-bagger").all()).isEmpty();
    }
}
