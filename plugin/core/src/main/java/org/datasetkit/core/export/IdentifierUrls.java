package org.datasetkit.core.export;

import java.util.Locale;
import java.util.Optional;

/**
 * Identifiers as the resolvable URLs linked-data consumers follow: a DOI however the datasheet writes it
 * ({@code 10.x/y}, {@code doi:10.x/y}, {@code https://doi.org/10.x/y}) becomes {@code https://doi.org/10.x/y}; a web
 * address stays as it is; anything else has no URL.
 */
final class IdentifierUrls {

    private static final String DOI_RESOLVER = "https://doi.org/";

    private IdentifierUrls() {}

    /** The bare DOI ({@code 10.x/y}) in an identifier, if it is one. */
    static Optional<String> doi(String identifier) {
        String id = identifier.trim();
        String lower = id.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"}) {
            if (lower.startsWith(prefix)) {
                id = id.substring(prefix.length());
                break;
            }
        }
        return id.startsWith("10.") && id.contains("/") ? Optional.of(id) : Optional.empty();
    }

    /** The identifier as a URL, if it has one. */
    static Optional<String> url(String identifier) {
        Optional<String> doi = doi(identifier);
        if (doi.isPresent()) {
            return Optional.of(DOI_RESOLVER + doi.get());
        }
        String id = identifier.trim();
        return id.matches("(?i)https?://\\S+") ? Optional.of(id) : Optional.empty();
    }

    static String doiUrl(String bareDoi) {
        return DOI_RESOLVER + bareDoi;
    }
}
