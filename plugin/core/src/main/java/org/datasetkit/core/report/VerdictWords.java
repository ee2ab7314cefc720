package org.datasetkit.core.report;

import org.datasetkit.core.license.Verdict;

/** A licence verdict as the report writes it: words a reader understands, and a badge that does not need colour. */
final class VerdictWords {

    private VerdictWords() {}

    static String words(Verdict v) {
        return switch (v) {
            case COMPATIBLE -> "compatible";
            case COMPATIBLE_WITH_OBLIGATIONS -> "compatible, with obligations";
            case REVIEW -> "needs review";
            case INCOMPATIBLE -> "incompatible";
        };
    }

    static String badge(Verdict v) {
        String mark = v.isAcceptable() ? "\u2713 " : v == Verdict.REVIEW ? "? " : "\u2717 ";
        return "<span class=\"badge " + (v.isAcceptable() ? "ok" : v == Verdict.REVIEW ? "warn" : "bad") + "\">" + mark
                + words(v) + "</span>";
    }
}
