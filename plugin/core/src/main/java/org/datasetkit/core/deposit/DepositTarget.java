package org.datasetkit.core.deposit;

import java.util.Locale;

/** The services a bundle can be deposited to. */
public enum DepositTarget {
    /** SND's DORIS storage service: one PUT per payload file of a dataset version; DORIS publishes after review. */
    DORIS("DORIS storage service"),
    /** Zenodo or any InvenioRDM: a draft record, the bundle and its metadata files, published on request. */
    ZENODO("Zenodo/InvenioRDM"),
    /** A Dataverse installation: a dataset in a collection, the bundle as one file, published on request. */
    DATAVERSE("Dataverse");

    private final String words;

    DepositTarget(String words) {
        this.words = words;
    }

    /** The service in words: "DORIS storage service". */
    public String words() {
        return words;
    }

    /** The name users type: {@code doris}, {@code zenodo}, {@code dataverse}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DepositTarget parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "doris", "snd", "snd-doris" -> DORIS;
            case "zenodo", "invenio", "inveniordm" -> ZENODO;
            case "dataverse" -> DATAVERSE;
            default -> throw new IllegalArgumentException("must be doris, zenodo or dataverse, not '" + value + "'");
        };
    }
}
