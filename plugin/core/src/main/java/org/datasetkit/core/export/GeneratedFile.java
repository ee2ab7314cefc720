package org.datasetkit.core.export;

import java.util.HexFormat;
import java.util.Objects;
import org.datasetkit.core.bag.SpooledFile;
import org.datasetkit.core.bag.TagFile;
import org.datasetkit.core.fixity.DigestAlgorithm;

/**
 * A generated payload file as the RO-Crate and DataCite list it, whether it is held in memory or was written to disk
 * because it grows with the payload (the SPDX document, the CycloneDX BOM).
 *
 * @param name its path inside {@code data/}
 * @param sha256 its SHA-256 in hex
 */
public record GeneratedFile(String name, long size, String sha256) {

    public GeneratedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
    }

    public static GeneratedFile of(TagFile file) {
        return new GeneratedFile(file.name(), file.content().length,
                HexFormat.of().formatHex(DigestAlgorithm.SHA256.newDigest().digest(file.content())));
    }

    public static GeneratedFile of(SpooledFile file) {
        return new GeneratedFile(file.name(), file.size(), file.digest(DigestAlgorithm.SHA256));
    }
}
