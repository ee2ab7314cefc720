package org.datasetkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.support.Datasets;
import org.datasetkit.core.support.DicomWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate counts DICOM images by modality, view and laterality from the headers it reads, and nothing else. */
class ImagingCountsTest {

    @TempDir
    Path root;

    private static DicomWriter image(String modality) {
        return DicomWriter.of(DicomWriter.EXPLICIT_LE).add(0x00080060, "CS", modality);
    }

    @Test
    void headersAreCountedByWhatTheyStateAndFreeTextInACodeFieldIsNotRepeated() throws Exception {
        Datasets.write(root, "a.dcm", image("MG").add(0x00185101, "CS", "CC").add(0x00200062, "CS", "L").bytes());
        Datasets.write(root, "b.dcm", image("MG").add(0x00185101, "CS", "MLO").add(0x00200060, "CS", "R").bytes());
        Datasets.write(root, "c.dcm", image("CT").add(0x00185101, "CS", "Doe^Jane was here").bytes());
        Datasets.write(root, "d.dcm", new byte[] {1, 2, 3}); // not DICOM: not an image of any modality
        Datasets.write(root, "broken.dcm", java.util.Arrays.copyOf(image("MG").bytes(), 140)); // read fails: not counted

        ImagingCounts counts = new PrivacyScanner().scan(new DatasetScanner().scan(ScanRequest.of(root)),
                new PrivacyPolicy(false, Set.of(), Optional.empty(), Set.of(), Set.of(), Set.of(), ""), 2).imaging();

        assertThat(counts.headers()).isEqualTo(3);
        assertThat(counts.byModality()).containsExactly(Map.entry("CT", 1), Map.entry("MG", 2));
        assertThat(counts.byView()).containsExactly(Map.entry("(not a code)", 1), Map.entry("CC", 1), Map.entry("MLO", 1));
        assertThat(counts.byLaterality()).as("Image Laterality, else Laterality")
                .containsExactly(Map.entry("L", 1), Map.entry("R", 1), Map.entry(ImagingCounts.NOT_STATED, 1));
    }
}
