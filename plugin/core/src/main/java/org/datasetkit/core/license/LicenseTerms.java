package org.datasetkit.core.license;

import java.util.List;

/**
 * What a licence allows and demands, as far as the compatibility rules need to know (research: licenses.md §2.5).
 *
 * @param id SPDX id or {@code LicenseRef-*}
 * @param name human-readable name
 * @param url where the terms are
 * @param family CC, ODC, CDLA, UDA, gov, software, DUA or custom
 * @param version version of the terms ("-" when unversioned)
 * @param publicDomain a public-domain dedication or mark
 * @param attributionRequested public-domain-like, but attribution is requested (NIH ChestX-ray14)
 * @param attribution attribution is required
 * @param shareAlike what the copyleft covers, if anything
 * @param nonCommercial non-commercial (research-only terms count as non-commercial)
 * @param noDerivatives adaptations may not be shared
 * @param useRestriction a restriction on use carried by the terms: "-", "research" or "computational"
 * @param redistribution whether the material may be passed on
 * @param textRequired the licence text must travel with the data
 * @param extraTargets licences this one may be adapted into besides itself (one-way compatibility)
 */
public record LicenseTerms(String id, String name, String url, String family, String version, boolean publicDomain,
        boolean attributionRequested, boolean attribution, ShareAlike shareAlike, boolean nonCommercial,
        boolean noDerivatives, String useRestriction, Redistribution redistribution, boolean textRequired,
        List<String> extraTargets) {

    /** What a share-alike clause covers. */
    public enum ShareAlike {
        NONE, ADAPT, DATABASE, DATA, SOFTWARE
    }

    /** Whether the material may be passed on. */
    public enum Redistribution {
        YES, SAME_TERMS, NO
    }

    public LicenseTerms {
        extraTargets = List.copyOf(extraTargets);
    }

    public boolean isCreativeCommons() {
        return "CC".equals(family);
    }

    /** Terms that keep the data from being passed on at all (a data use agreement, "all rights reserved"). */
    public boolean isRestricted() {
        return redistribution == Redistribution.NO;
    }

    /** Terms that require attribution in some form. */
    public boolean asksForCredit() {
        return attribution || attributionRequested;
    }

    /** The version as a number for comparisons (0 when unversioned). */
    public double versionNumber() {
        try {
            return Double.parseDouble(version);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
