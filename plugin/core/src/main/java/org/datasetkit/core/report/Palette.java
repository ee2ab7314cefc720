package org.datasetkit.core.report;

import org.datasetkit.core.license.Verdict;

/**
 * The report's colours: the Okabe–Ito palette, told apart by people with any common colour-vision deficiency; no
 * chart relies on colour alone (every bar is labelled, verdicts are written and drawn with different lines).
 */
final class Palette {

    static final String[] SERIES = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"};
    static final String INK = "#1a1a1a";
    static final String MUTED = "#595959";
    static final String GRID = "#d0d0d0";

    private Palette() {}

    static String series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    static String verdict(Verdict v) {
        return switch (v) {
            case COMPATIBLE -> "#009E73";
            case COMPATIBLE_WITH_OBLIGATIONS -> "#0072B2";
            case REVIEW -> "#E69F00";
            case INCOMPATIBLE -> "#D55E00";
        };
    }

    /** A solid line for an acceptable verdict, dashes for one that needs a person, dots for a refusal. */
    static String verdictDash(Verdict v) {
        return switch (v) {
            case COMPATIBLE, COMPATIBLE_WITH_OBLIGATIONS -> "";
            case REVIEW -> " stroke-dasharray=\"8 4\"";
            case INCOMPATIBLE -> " stroke-dasharray=\"2 3\"";
        };
    }
}
