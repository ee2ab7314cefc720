package org.datasetkit.core.license;

/**
 * Why a verdict was reached (DESIGN.md §9), with the sentence that explains it. In the sentences {@code {u}} is the
 * upstream licence and {@code {d}} the declared one.
 */
public enum ReasonCode {
    UNKNOWN_LICENSE("the source's licence is unknown, so nothing can be concluded about what may be done with it"),
    VAGUE_LICENSE("'{u}' names a family of licences, not one licence: versions differ in what they allow"),
    CUSTOM_LICENSE_NEEDS_REVIEW("{u} is not in the licence registry, so its terms cannot be checked automatically"),
    REFERENCE_TO_RESTRICTED("only references to the source are shipped, but {u} is a restricted agreement that may also cover data derived from it"),
    RESTRICTED_NO_REDISTRIBUTION("{u} does not allow the data to be passed on at all; no licence can make a copy or adaptation publishable"),
    STEWARD_CHANNEL_ONLY("the dataset keeps the source's own agreement {u}; that is only possible through the steward's controlled channel"),
    USE_RESTRICTION_DROPPED("{u} restricts how the data may be used, and {d} drops that restriction"),
    SAME_AGREEMENT("the data is passed on under the same agreement {u}, as it requires"),
    PUBLIC_DOMAIN("{u} places the source in the public domain: any licence may be declared"),
    PD_RELABELLED("public-domain material is relabelled {d}; this is allowed, but the material itself stays free for anyone"),
    RELICENSE_UNMODIFIED("unmodified {u} material must keep its licence (CC 4.0 §2(a)(5)(B), CC 3.0 §4(a)); {d} offers it under other terms"),
    ATTRIBUTION_DROPPED("{u} requires attribution; {d} does not carry that obligation on"),
    ATTRIBUTION_REQUIRED("{u} requires attribution to the source (and, for CC 4.0, an indication of changes); the NOTICE carries it"),
    LICENSE_TEXT_REQUIRED("{u} requires its text to travel with the data; the bundle includes it"),
    ND_NO_ADAPTATION("{u} forbids sharing adaptations (NoDerivatives); the source can only be copied verbatim"),
    ND_NOT_RECOMMENDED("{d} adds NoDerivatives on top of {u}; allowed, but Creative Commons recommends against it"),
    SA_REQUIRES_SAME_LICENSE("{u} is share-alike: adaptations must be licensed under {u} (or a later version or declared compatible licence), not {d}"),
    SA_VERSION_DOWNGRADE("{u} is share-alike and {d} is an earlier version; share-alike never allows a downgrade"),
    SA_CONFLICT("two share-alike sources require different licences for the same adaptation; no licence satisfies both"),
    COMBINATION_CONFLICT("the adapted sources' terms contradict each other (for example non-commercial with CDLA-Sharing); no licence satisfies all of them"),
    ONE_WAY_COMPATIBLE("{u} allows adaptations to be licensed {d} (one-way compatibility); the adaptation cannot go back"),
    NC_DROPPED("{u} is non-commercial; {d} would allow commercial use"),
    BY_RESTRICTED_DOWNSTREAM("{d} restricts recipients more than {u} allows for the {u} material itself (CC 4.0 §2(a)(5)(B))"),
    DATA_TO_SOFTWARE_LICENSE("{d} is a software licence that {u} does not name as compatible"),
    PER_PART_LICENSING("the source is licensed as a separate part of the dataset, under {u}");

    private final String explanation;

    ReasonCode(String explanation) {
        this.explanation = explanation;
    }

    /** The sentence for one source and declared licence. */
    public String explain(String upstream, String declared) {
        return explanation.replace("{u}", upstream).replace("{d}", declared);
    }
}
