package org.datasetkit.core.export;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The URIs of the subject classifications datasheets use, so DataCite subjects carry schemeURI and, where the scheme
 * gives each term a URI of a known form, valueURI. SCB's research subject standard has no term URIs of its own.
 */
final class SubjectSchemes {

    private static final String SCB = "https://www.scb.se/dokumentation/klassifikationer-och-standarder/"
            + "standard-for-svensk-indelning-av-forskningsamnen/";

    /** Scheme (upper case) to {scheme URI, prefix of a term's URI or ""}. */
    private static final Map<String, String[]> KNOWN = Map.of(
            "SCB", new String[] {SCB, ""},
            "SSIF", new String[] {SCB, ""},
            "MESH", new String[] {"https://id.nlm.nih.gov/mesh/", "https://id.nlm.nih.gov/mesh/"},
            "LCSH", new String[] {"https://id.loc.gov/authorities/subjects", "https://id.loc.gov/authorities/subjects/"},
            "WIKIDATA", new String[] {"https://www.wikidata.org/", "https://www.wikidata.org/wiki/"});

    private SubjectSchemes() {}

    static Optional<String> uri(String scheme) {
        return Optional.ofNullable(KNOWN.get(scheme.toUpperCase(Locale.ROOT))).map(s -> s[0]);
    }

    static Optional<String> valueUri(String scheme, String code) {
        return Optional.ofNullable(KNOWN.get(scheme.toUpperCase(Locale.ROOT))).filter(s -> !s[1].isEmpty())
                .map(s -> s[1] + code);
    }
}
