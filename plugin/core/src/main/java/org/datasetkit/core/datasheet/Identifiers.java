package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/**
 * The dataset's persistent identifiers.
 *
 * @param doi the DOI of this version, bare ({@code 10.5878/abcd-1234})
 * @param alternate other identifiers, such as the SND dataset id
 */
public record Identifiers(Optional<String> doi, List<Alternate> alternate) {

    /** An identifier in another scheme ({@code type: SND}). */
    public record Alternate(String type, String value) {}

    public Identifiers {
        alternate = List.copyOf(alternate);
    }
}
