package org.datasetkit.core.bag;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.datasetkit.core.fixity.FixityResult;

/**
 * What to bag.
 *
 * @param bagName the bag's base directory: the single top-level folder of an archive, such as {@code my-dataset-1.2.0}
 * @param target where the archive (or the bag folder) goes; written beside it first and moved into place
 * @param fixity the dataset's files and checksums (from the checksum stage: not computed again)
 * @param generatedPayload generated files for the payload, named relative to {@code data/} (metadata, NOTICE)
 * @param bagInfo bag-info.txt's fields; Payload-Oxum and Bag-Size are added from the payload
 * @param tagFiles other tag files besides bagit.txt, bag-info.txt and the manifests
 * @param timestamp the time every entry gets
 * @param compression which payload entries are deflated (zip)
 * @param fetched dataset files written as {@code fetch.txt} lines instead of their bytes (an incremental bag): still in
 *     the manifests and in Payload-Oxum, as RFC 8493 §2.2.3 requires; empty for a complete bag
 * @param spooledPayload generated payload files already written to disk (those that grow with the payload: the RO-Crate)
 * @param spool where the payload manifests are written before they go into the bag; without it they are made in memory
 */
public record BagRequest(String bagName, Path target, FixityResult fixity, List<TagFile> generatedPayload, BagInfo bagInfo,
        List<TagFile> tagFiles, Instant timestamp, Compression compression, List<FetchEntry> fetched,
        List<SpooledFile> spooledPayload, Optional<Path> spool) {

    /** A complete bag: every payload file in it; every generated file in memory (small bags, tests). */
    public BagRequest(String bagName, Path target, FixityResult fixity, List<TagFile> generatedPayload, BagInfo bagInfo,
            List<TagFile> tagFiles, Instant timestamp, Compression compression) {
        this(bagName, target, fixity, generatedPayload, bagInfo, tagFiles, timestamp, compression, List.of());
    }

    /** A bag, complete or incremental, whose generated files are all in memory. */
    public BagRequest(String bagName, Path target, FixityResult fixity, List<TagFile> generatedPayload, BagInfo bagInfo,
            List<TagFile> tagFiles, Instant timestamp, Compression compression, List<FetchEntry> fetched) {
        this(bagName, target, fixity, generatedPayload, bagInfo, tagFiles, timestamp, compression, fetched, List.of(),
                Optional.empty());
    }

    public BagRequest {
        Objects.requireNonNull(bagName, "bagName");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(fixity, "fixity");
        generatedPayload = List.copyOf(generatedPayload);
        Objects.requireNonNull(bagInfo, "bagInfo");
        tagFiles = List.copyOf(tagFiles);
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(compression, "compression");
        fetched = List.copyOf(fetched);
        spooledPayload = List.copyOf(spooledPayload);
        Objects.requireNonNull(spool, "spool");
    }
}
