package org.datasetkit.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.datasetkit.core.diag.Diagnostic;

/**
 * The shapes of the values that matched the declared pseudonym pattern in one scan, so that a hint to widen the
 * pattern is given only for a value shaped like them ({@code ANON-1234567} among {@code ANON-000123}s), never for
 * one unlike every other ({@code Andersson^Karin}): widening the pattern to fit that would hide a real leak. A
 * shape is the value with runs of capitals, small letters and digits each written once: {@code ANON-000123} is
 * {@code A-9}. One instance per file read, whose notes the cache keeps, and one for the scan, which {@link #add}s
 * them in dataset order.
 */
public final class PseudonymShapes {

    private final Set<String> matched = ConcurrentHashMap.newKeySet();
    private final Map<Diagnostic, String> unmatched = new ConcurrentHashMap<>();

    /** Notes a value that matched the pattern. */
    void matched(String value) {
        matched.add(shape(value));
    }

    /** Notes that {@code finding} is about {@code value}, which did not match; its hint is decided after the scan. */
    Diagnostic unmatched(Diagnostic finding, String value) {
        unmatched.put(finding, shape(value));
        return finding;
    }

    /** The shapes of the values that matched, for the cache. */
    Set<String> matchedShapes() {
        return Set.copyOf(matched);
    }

    /** The shape of the unmatched value {@code finding} is about, if it is about one. */
    java.util.Optional<String> unmatchedShape(Diagnostic finding) {
        return java.util.Optional.ofNullable(unmatched.get(finding));
    }

    /** Adds what one file's read noted (or what the cache kept of it) to the whole scan's notes. */
    void add(FileOutcome outcome) {
        matched.addAll(outcome.matchedShapes());
        for (FileOutcome.Finding f : outcome.findings()) {
            f.unmatchedShape().ifPresent(shape -> unmatched.put(f.diagnostic(), shape));
        }
    }

    /** The findings, those about unmatched values with the hint their shape calls for. */
    List<Diagnostic> withHints(List<Diagnostic> findings, boolean patternDeclared) {
        List<Diagnostic> out = new ArrayList<>(findings.size());
        for (Diagnostic d : findings) {
            String shape = unmatched.get(d);
            out.add(shape == null ? d : new Diagnostic(d.severity(), d.code(), d.file(), d.line(), d.column(), d.pointer(),
                    d.message(), hint(shape, patternDeclared)));
        }
        return out;
    }

    private String hint(String shape, boolean patternDeclared) {
        if (!patternDeclared) {
            return "remove it, or replace it with a pseudonym and declare the pseudonyms' pattern in"
                    + " personalData.deidentification.pseudonymPattern";
        }
        if (matched.contains(shape)) {
            return "it is shaped like the pseudonyms that match personalData.deidentification.pseudonymPattern (" + shape
                    + "): if it is one of them, widen the pattern to take it; otherwise remove it";
        }
        return "it is unlike every value that matches personalData.deidentification.pseudonymPattern: remove it or"
                + " replace it with a pseudonym; do not widen the pattern to fit it";
    }

    /** Runs of capitals as A, small letters as a, digits as 9; every other character as itself. */
    static String shape(String value) {
        StringBuilder out = new StringBuilder();
        char last = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char s = Character.isUpperCase(c) ? 'A' : Character.isLowerCase(c) ? 'a' : Character.isDigit(c) ? '9' : c;
            if (s != last || !(s == 'A' || s == 'a' || s == '9')) {
                out.append(s);
            }
            last = s;
        }
        return out.toString();
    }
}
