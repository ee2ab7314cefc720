package org.datasetkit.core.deposit;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a deposit goes.
 *
 * @param target the kind of service
 * @param service the service's base URL (for Zenodo the site, whose API is under {@code /api})
 * @param record DORIS: the dataset identifier (default: the token's); Zenodo: a published record to make a new version
 *     of; Dataverse: the persistent id of an existing dataset
 * @param version DORIS: the dataset version (default: the token's)
 * @param collection Dataverse: the alias of the collection a new dataset is created in
 */
public record Destination(DepositTarget target, URI service, Optional<String> record, Optional<String> version,
        Optional<String> collection) {

    public Destination {
        Objects.requireNonNull(target, "target");
        service = service(service);
        record = record.map(String::trim).filter(s -> !s.isEmpty());
        version = version.map(String::trim).filter(s -> !s.isEmpty());
        collection = collection.map(String::trim).filter(s -> !s.isEmpty());
        if (target == DepositTarget.DATAVERSE && record.isEmpty() && collection.isEmpty()) {
            throw new IllegalArgumentException("a Dataverse deposit needs the collection to create the dataset in, or an"
                    + " existing dataset's persistent id");
        }
    }

    /**
     * A service URL: absolute http(s), with no user, query or fragment (a token in a URL ends up in logs), always
     * ending in a slash so that paths resolve under it.
     */
    static URI service(URI url) {
        Objects.requireNonNull(url, "service");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("must be an http:// or https:// URL, not '" + url + "'");
        }
        if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("must not carry a user, a query or a fragment (credentials go in"
                    + " settings.xml, never in a URL): " + url.getScheme() + "://" + url.getHost() + "/...");
        }
        String text = url.toString();
        return URI.create(text.endsWith("/") ? text : text + "/");
    }

    /** "Zenodo/InvenioRDM https://zenodo.org/". */
    public String words() {
        return target.words() + " " + service;
    }
}
