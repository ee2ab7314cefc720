package org.datasetkit.core.license;

/**
 * The verdict for one upstream source.
 *
 * @param title the source's title
 * @param written its licence as the datasheet writes it
 * @param license its licence in canonical SPDX form, or empty when unknown or vague
 * @param relation how the dataset uses it
 * @param declared the licence its material is published under (the dataset's, or a per-path licence)
 * @param judgement verdict, reasons and explanations
 * @param fix what to do when the verdict is not acceptable, or empty
 * @param review the recorded human review that accepts a REVIEW verdict, or empty
 */
public record SourceVerdict(String title, String written, String license, Relation relation, String declared,
        Judgement judgement, String fix, String review) {

    public Verdict verdict() {
        return judgement.verdict();
    }

    /** "CBIS-DDSM (CC-BY-3.0, copy) -> CC0-1.0: INCOMPATIBLE [RELICENSE_UNMODIFIED, ATTRIBUTION_DROPPED]". */
    public String headline() {
        return title + " (" + (license.isEmpty() ? written : license) + ", " + relation + ") -> " + declared + ": "
                + verdict() + (judgement.reasons().isEmpty() ? "" : " " + judgement.reasons());
    }

    /** The headline and the explanation: one paragraph. */
    public String paragraph() {
        return headline() + ". " + String.join("; ", judgement.explanations()) + (judgement.explanations().isEmpty() ? "" : ".");
    }
}
