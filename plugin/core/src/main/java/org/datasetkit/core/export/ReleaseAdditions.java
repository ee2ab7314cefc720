package org.datasetkit.core.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.datasetkit.core.bag.BagInfo;
import org.datasetkit.core.bag.FetchEntry;
import org.datasetkit.core.bag.TagFile;

/**
 * What a release adds to its bundle beyond the exporters' files: the changelog and the diff in the payload (listed
 * in the RO-Crate like every generated file), bag-info fields such as {@code Version}, and the previous version's DOI
 * for the DataCite relation.
 *
 * @param payload generated payload files, paths relative to {@code data/}
 * @param bagInfo fields appended to bag-info.txt
 * @param previousDoi the DOI of the version this one follows, bare
 * @param fetched the files carried from the previous release by fetch.txt instead of their bytes (an incremental bag)
 * @param previousVersion the version this one follows, named with the link to it
 */
public record ReleaseAdditions(List<TagFile> payload, List<BagInfo.Field> bagInfo, Optional<String> previousDoi,
        List<FetchEntry> fetched, Optional<String> previousVersion) {

    /** A release whose bag holds every file. */
    public ReleaseAdditions(List<TagFile> payload, List<BagInfo.Field> bagInfo, Optional<String> previousDoi) {
        this(payload, bagInfo, previousDoi, List.of(), Optional.empty());
    }

    public ReleaseAdditions {
        payload = List.copyOf(payload);
        bagInfo = List.copyOf(bagInfo);
        Objects.requireNonNull(previousDoi, "previousDoi");
        fetched = List.copyOf(fetched);
        Objects.requireNonNull(previousVersion, "previousVersion");
    }

    /** The same additions, naming the version this one follows. */
    public ReleaseAdditions following(String version) {
        return new ReleaseAdditions(payload, bagInfo, previousDoi, fetched, Optional.of(version));
    }

    /** The same additions, with these files carried by fetch.txt. */
    public ReleaseAdditions withFetched(List<FetchEntry> carried) {
        return new ReleaseAdditions(payload, bagInfo, previousDoi, carried, previousVersion);
    }

    public static ReleaseAdditions none() {
        return new ReleaseAdditions(List.of(), List.of(), Optional.empty());
    }
}
