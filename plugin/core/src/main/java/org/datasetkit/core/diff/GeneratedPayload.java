package org.datasetkit.core.diff;

import java.util.Set;
import org.datasetkit.core.copies.FingerprintFile;
import org.datasetkit.core.export.CycloneDxBom;
import org.datasetkit.core.export.HuggingFaceCard;
import org.datasetkit.core.export.MetadataExports;
import org.datasetkit.core.export.SpdxDataset;

/**
 * The payload files a bundle generates beside the dataset's own (RO-Crate, DataCite, Croissant, SPDX, CycloneDX,
 * DATASHEET.md, NOTICE, licence texts, the changelog, the fingerprints): they change with every release and are not the
 * dataset's files.
 */
final class GeneratedPayload {

    static final String CHANGELOG = "CHANGELOG.md";
    static final String CHANGES_JSON = "metadata/changes.json";

    private static final Set<String> NAMES = Set.of("ro-crate-metadata.json", "DATASHEET.md", "NOTICE.txt",
            MetadataExports.DATACITE, MetadataExports.CROISSANT, HuggingFaceCard.PATH, SpdxDataset.PATH,
            CycloneDxBom.PATH, "DATASHEET.html", CHANGELOG, CHANGES_JSON, FingerprintFile.BAG_PATH);

    private GeneratedPayload() {}

    static boolean isGenerated(String path) {
        return NAMES.contains(path) || (path.startsWith("LICENSES/") && path.indexOf('/', 9) < 0 && path.endsWith(".txt"));
    }
}
