package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/**
 * The dataset's persistent identifiers.
 *
 * @param doi the DOI of this version, bare ({@code 10.5878/abcd-1234})
 * @param conceptDoi the DOI naming every version, bare
 * @param previousVersionDoi the DOI of the version this one replaces, bare
 * @param alternate other identifiers, such as the SND dataset id
 */
public record Identifiers(Optional<String> doi, Optional<String> conceptDoi, Optional<String> previousVersionDoi,
        List<Alternate> alternate) {

    /** An identifier in another scheme ({@code type: SND}). */
    public record Alternate(String type, String value) {}

    public Identifiers {
        alternate = List.copyOf(alternate);
    }
}
