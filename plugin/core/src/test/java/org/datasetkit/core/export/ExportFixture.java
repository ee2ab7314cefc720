package org.datasetkit.core.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.DatasheetSchema;
import org.datasetkit.core.datasheet.DatasheetValidator;
import org.datasetkit.core.datasheet.ValidationRequest;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.license.LicenseChecker;
import org.datasetkit.core.license.LicenseRegistry;
import org.datasetkit.core.license.SpdxLicenseList;
import org.datasetkit.core.support.Bags;
import org.datasetkit.core.support.Datasets;

/** A small dataset (a table, an image with a space in its name, a README) and {@code extra} files, ready to export. */
final class ExportFixture {

    private ExportFixture() {}

    /** Writes the dataset under {@code root} with the datasheet from the test resource, and returns the exports' input. */
    static ExportInput input(Path root, String datasheetResource, int extra) throws Exception {
        Datasets.write(root, "datasheet.yaml", new String(
                ExportFixture.class.getResourceAsStream(datasheetResource).readAllBytes(), StandardCharsets.UTF_8));
        Datasets.write(root, "docs/README.md", "# About\n");
        Datasets.write(root, "data/labels.csv", "id,label\n1,benign\n");
        Datasets.write(root, "data/images/case 1.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        for (int i = 0; i < extra; i++) {
            Datasets.write(root, "data/bulk/" + (i % 7) + "/f" + i + (i % 3 == 0 ? ".csv" : ".dcm"), "row " + i + "\n");
        }
        Datasheet sheet = new DatasheetValidator(new DatasheetSchema())
                .validate(new ValidationRequest(root, Optional.empty(), Optional.empty())).datasheet().orElseThrow();
        return new ExportInput(sheet, Bags.fixity(root, DigestAlgorithm.SHA256, DigestAlgorithm.SHA512),
                new LicenseChecker(new SpdxLicenseList(), LicenseRegistry.builtIn()).check(sheet, root),
                Instant.parse("2026-05-01T12:30:00Z"));
    }
}
