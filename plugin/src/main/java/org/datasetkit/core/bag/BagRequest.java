package org.datasetkit.core.bag;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.datasetkit.core.fixity.FixityResult;

/**
 * What to bag.
 *
 * @param bagName the single top-level folder of the archive, such as {@code my-dataset-1.2.0}
 * @param archive where the zip goes; written to a temporary sibling first
 * @param fixity the payload and its checksums (from the checksum stage: not computed again)
 * @param tagFiles tag files besides the manifests: bagit.txt, bag-info.txt, generated metadata
 * @param timestamp the time every entry gets
 * @param compression which payload entries are deflated
 */
public record BagRequest(String bagName, Path archive, FixityResult fixity, List<TagFile> tagFiles, Instant timestamp,
        Compression compression) {

    public BagRequest {
        Objects.requireNonNull(bagName, "bagName");
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(fixity, "fixity");
        tagFiles = List.copyOf(tagFiles);
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(compression, "compression");
    }
}
