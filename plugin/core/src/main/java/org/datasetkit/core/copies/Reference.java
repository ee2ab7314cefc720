package org.datasetkit.core.copies;

import java.util.List;

/**
 * The fingerprints of another dataset, as far as its publisher exposed them (a listing of checksums gives only the
 * SHA-256; a datasetkit bundle gives everything).
 *
 * @param name what the dataset calls itself, or the file it came from
 */
public record Reference(String name, List<FileFingerprint> files) {

    public Reference {
        files = List.copyOf(files);
    }
}
