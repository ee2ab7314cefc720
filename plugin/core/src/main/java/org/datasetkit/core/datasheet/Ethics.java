package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/**
 * Ethical review and the legal ground for processing.
 *
 * @param legalBasis the GDPR article relied on
 * @param impactAssessment {@code dpia}: whether a data protection impact assessment was made, or its reference
 */
public record Ethics(Optional<Boolean> reviewRequired, List<Approval> approvals, Optional<Consent> consent,
        Optional<String> legalBasis, Optional<ImpactAssessment> impactAssessment) {

    /** An approval by an ethics body. */
    public record Approval(String body, String referenceNumber, Optional<String> date, Optional<LocalizedText> scope) {}

    /** @param basis informed, waiver, opt-out or not-applicable */
    public record Consent(Optional<String> basis, Optional<LocalizedText> description) {}

    /**
     * The datasheet's {@code dpia}: {@code true}/{@code false}, or the assessment's reference (which means one was
     * made).
     */
    public record ImpactAssessment(boolean made, Optional<String> reference) {}

    public Ethics {
        approvals = List.copyOf(approvals);
    }
}
