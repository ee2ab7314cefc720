package org.datasetkit.core.license;

import static org.datasetkit.core.license.ReasonCode.*;
import static org.datasetkit.core.license.Verdict.*;

import java.util.Locale;

/**
 * The rules for one upstream licence and one declared licence under one relation (research: licenses.md §2.6,
 * R1–R13), applied in order; the first rule that decides wins. (R14, "no rule matched", cannot happen: every
 * combination of the registry's attributes reaches a rule; unknown terms are REVIEW at the start.) These rules are the implementation: the
 * compatibility matrix is what they produce, not a table they read.
 */
final class CompatibilityRules {

    private CompatibilityRules() {}

    /**
     * @param u the upstream licence's terms, or null when unknown
     * @param upstreamId the upstream id as written (for messages)
     * @param relation how the dataset uses the source
     * @param d the declared licence's terms, or null when unknown
     * @param declaredId the declared id as written
     */
    static Judgement judge(LicenseTerms u, String upstreamId, Relation relation, LicenseTerms d, String declaredId) {
        if (u == null) {
            return Judgement.of(REVIEW, upstreamId, declaredId,
                    upstreamId.startsWith("LicenseRef-") ? CUSTOM_LICENSE_NEEDS_REVIEW : UNKNOWN_LICENSE);
        }
        String ui = u.id();
        // R1: nothing of the source is shipped.
        if (relation == Relation.REFERENCE) {
            return u.redistribution() == LicenseTerms.Redistribution.YES
                    ? Judgement.of(COMPATIBLE, ui, declaredId)
                    : Judgement.of(REVIEW, ui, declaredId, REFERENCE_TO_RESTRICTED);
        }
        // R3: public domain; a public-domain-like licence that asks for credit still wants it carried on.
        if (u.publicDomain()) {
            return relation == Relation.COPY && d != null && !same(u, d)
                    ? Judgement.of(COMPATIBLE, ui, declaredId, PUBLIC_DOMAIN, PD_RELABELLED)
                    : Judgement.of(COMPATIBLE, ui, declaredId, PUBLIC_DOMAIN);
        }
        if (d == null) {
            return Judgement.of(REVIEW, ui, declaredId,
                    declaredId.startsWith("LicenseRef-") ? CUSTOM_LICENSE_NEEDS_REVIEW : UNKNOWN_LICENSE);
        }
        String di = d.id();
        // R2: restricted terms cannot be passed on; the same agreement only through the steward.
        if (u.redistribution() == LicenseTerms.Redistribution.NO) {
            return same(u, d) ? Judgement.of(REVIEW, ui, di, STEWARD_CHANNEL_ONLY)
                    : Judgement.of(INCOMPATIBLE, ui, di, RESTRICTED_NO_REDISTRIBUTION);
        }
        if (u.redistribution() == LicenseTerms.Redistribution.SAME_TERMS) {
            if (same(u, d)) {
                return Judgement.of(COMPATIBLE_WITH_OBLIGATIONS, ui, di, SAME_AGREEMENT);
            }
            return d.isRestricted() && !"-".equals(d.useRestriction())
                    ? Judgement.of(REVIEW, ui, di, USE_RESTRICTION_DROPPED)
                    : Judgement.of(INCOMPATIBLE, ui, di, USE_RESTRICTION_DROPPED);
        }
        if (u.attributionRequested()) {
            return d.publicDomain() ? Judgement.of(REVIEW, ui, di, ATTRIBUTION_DROPPED)
                    : Judgement.of(COMPATIBLE_WITH_OBLIGATIONS, ui, di, ATTRIBUTION_REQUIRED);
        }
        // R4, R5: copied or collected material keeps its licence.
        if (relation == Relation.COPY || relation == Relation.COLLECT) {
            return keepsLicence(u, d, relation);
        }
        return adapt(u, d);
    }

    private static Judgement keepsLicence(LicenseTerms u, LicenseTerms d, Relation relation) {
        String ui = u.id();
        String di = d.id();
        if (same(u, d)) {
            Judgement j = obligations(u, di, relation == Relation.COLLECT ? PER_PART_LICENSING : null);
            return j == null ? Judgement.of(COMPATIBLE, ui, di) : j;
        }
        Judgement j = Judgement.of(INCOMPATIBLE, ui, di, RELICENSE_UNMODIFIED);
        if (u.attribution() && d.publicDomain()) {
            j = j.merge(Judgement.of(INCOMPATIBLE, ui, di, ATTRIBUTION_DROPPED));
        }
        if (u.nonCommercial() && !d.nonCommercial()) {
            j = j.merge(Judgement.of(INCOMPATIBLE, ui, di, NC_DROPPED));
        }
        return j;
    }

    /** R6–R14 for adapted material. */
    private static Judgement adapt(LicenseTerms u, LicenseTerms d) {
        String ui = u.id();
        String di = d.id();
        if (u.noDerivatives()) {
            return Judgement.of(INCOMPATIBLE, ui, di, ND_NO_ADAPTATION);
        }
        if (u.shareAlike() != LicenseTerms.ShareAlike.NONE) {
            if (u.extraTargets().contains(di)) {
                return Judgement.of(COMPATIBLE_WITH_OBLIGATIONS, ui, di, ONE_WAY_COMPATIBLE);
            }
            if (shareAlikeAllows(u, d)) {
                return Judgement.of(COMPATIBLE, ui, di);
            }
            boolean downgrade = sameElements(u, d) && d.versionNumber() < u.versionNumber();
            Judgement j = Judgement.of(INCOMPATIBLE, ui, di, downgrade ? SA_VERSION_DOWNGRADE : SA_REQUIRES_SAME_LICENSE);
            return u.nonCommercial() && !d.nonCommercial() ? j.merge(Judgement.of(INCOMPATIBLE, ui, di, NC_DROPPED)) : j;
        }
        if (u.nonCommercial() && !d.nonCommercial()) {
            return Judgement.of(INCOMPATIBLE, ui, di, NC_DROPPED);
        }
        if (u.attribution()) {
            if (d.publicDomain()) {
                return Judgement.of(INCOMPATIBLE, ui, di, ATTRIBUTION_DROPPED);
            }
            if (d.isRestricted()) {
                return Judgement.of(REVIEW, ui, di, BY_RESTRICTED_DOWNSTREAM);
            }
            if (d.shareAlike() == LicenseTerms.ShareAlike.SOFTWARE) {
                return u.extraTargets().contains(di)
                        ? Judgement.of(COMPATIBLE_WITH_OBLIGATIONS, ui, di, ONE_WAY_COMPATIBLE, ATTRIBUTION_REQUIRED)
                        : Judgement.of(REVIEW, ui, di, DATA_TO_SOFTWARE_LICENSE);
            }
            return obligations(u, di, u.isCreativeCommons() && d.noDerivatives() ? ND_NOT_RECOMMENDED : null);
        }
        if (same(u, d)) {
            return Judgement.of(COMPATIBLE, ui, di);
        }
        // Permissive terms without attribution (CDLA-Permissive-2.0, DbCL): at most their text travels along.
        return u.textRequired() ? Judgement.of(COMPATIBLE_WITH_OBLIGATIONS, ui, di, LICENSE_TEXT_REQUIRED)
                : Judgement.of(COMPATIBLE, ui, di);
    }

    /** The obligations of passing on {@code u} material, or null when there are none. */
    private static Judgement obligations(LicenseTerms u, String di, ReasonCode extra) {
        java.util.List<ReasonCode> codes = new java.util.ArrayList<>();
        if (extra != null) {
            codes.add(extra);
        }
        if (u.attribution()) {
            codes.add(ATTRIBUTION_REQUIRED);
        }
        if (u.textRequired()) {
            codes.add(LICENSE_TEXT_REQUIRED);
        }
        return codes.isEmpty() ? null
                : Judgement.of(COMPATIBLE_WITH_OBLIGATIONS, u.id(), di, codes.toArray(ReasonCode[]::new));
    }

    /**
     * Share-alike: the same licence, the same elements in the same version (any port) or — from 2.0 on — a later
     * version. ODbL and CDLA-Sharing allow themselves (and later ODbL versions).
     */
    static boolean shareAlikeAllows(LicenseTerms u, LicenseTerms d) {
        if (same(u, d)) {
            return true;
        }
        if (!sameElements(u, d) || u.shareAlike() != d.shareAlike()) {
            return false;
        }
        if (u.isCreativeCommons()) {
            // 1.0 allows only itself; 2.0 and later allow ports of the same version and later versions.
            return u.versionNumber() >= 2.0 && d.versionNumber() >= u.versionNumber();
        }
        return d.versionNumber() >= u.versionNumber();
    }

    /** Same family and the same licence elements (attribution, share-alike, non-commercial, no-derivatives). */
    private static boolean sameElements(LicenseTerms u, LicenseTerms d) {
        return u.family().equals(d.family()) && u.attribution() == d.attribution() && u.shareAlike() == d.shareAlike()
                && u.nonCommercial() == d.nonCommercial() && u.noDerivatives() == d.noDerivatives()
                && baseName(u).equals(baseName(d));
    }

    /** The licence's name without version and port: CC-BY-SA, ODbL, CDLA-Sharing. */
    private static String baseName(LicenseTerms t) {
        String id = t.id().toUpperCase(Locale.ROOT);
        int v = id.indexOf("-" + t.version());
        return v > 0 ? id.substring(0, v) : id;
    }

    static boolean same(LicenseTerms u, LicenseTerms d) {
        return u.id().equalsIgnoreCase(d.id());
    }
}
