package org.datasetkit.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;

/**
 * The privacy rules for one DICOM header (research: medical.md §2.3): identifying attributes of Table E.1-1 must be
 * empty unless a declared option retains them or (where the profile allows a dummy) they hold a declared dummy or
 * pseudonym; every person name must be a pseudonym; a de-identification marker alone proves nothing; burned-in
 * annotation, executable preambles and private attributes from unknown creators fail; the method codes must
 * match what the datasheet declares.
 */
final class DicomRules {

    private final DeidentificationRules table;

    DicomRules(DeidentificationRules table) {
        this.table = table;
    }

    List<Diagnostic> check(DicomHeader h, String file, PrivacyPolicy policy) {
        return check(h, file, policy, new PseudonymShapes());
    }

    List<Diagnostic> check(DicomHeader h, String file, PrivacyPolicy policy, PseudonymShapes shapes) {
        List<Diagnostic> out = new ArrayList<>();
        Severity severity = policy.strict() ? Severity.ERROR : Severity.WARNING;
        if (h.preambleExecutable()) {
            out.add(finding(Severity.ERROR, "privacy.executable-preamble", file, "preamble",
                    "the 128-byte preamble starts like an executable (a PE/ELF-DICOM polyglot, CVE-2019-11687)",
                    "rewrite the file with a zeroed preamble"));
        }
        List<DicomElement> elements = h.elements();
        for (int i = 0; i < elements.size(); i++) {
            DicomElement e = elements.get(i);
            if (e.group() == 0x0002 || policy.allowed(file, tagKey(e))) {
                continue;
            }
            if (e.vr().equals("SQ")) {
                sequence(e, hasItems(elements, i), file, policy, severity).ifPresent(out::add);
                continue;
            }
            if (e.isPrivate()) {
                if ((e.tag() & 0xffff) >= 0x0010 && (e.tag() & 0xffff) <= 0x00FF) {
                    if (!policy.privateCreators().contains(e.text()) && !e.isBlank()) {
                        out.add(finding(severity, "privacy.private-creator", file, e.path(),
                                "private attributes of the creator '" + e.text() + "' are not known to be safe",
                                "remove the private attributes, or list the creator under deidentification.privateCreators after review"));
                    }
                }
                continue;
            }
            DeidentificationRules.Rule rule = table.get(e.tag());
            if (e.vr().equals("PN") && !e.isBlank() && !isPseudonym(e.text(), policy, shapes)) {
                out.add(shapes.unmatched(finding(severity, "privacy.person-name", file, e.path(),
                        (rule == null ? "a person name " : rule.name() + " ") + "holds '" + mask(e.text())
                                + "', which is not a declared pseudonym", ""), e.text()));
                continue;
            }
            if (rule == null || e.isBlank()) {
                continue;
            }
            if (retained(rule, policy)) {
                continue;
            }
            if (policy.dummyValues().contains(e.text()) || (rule.mayHoldDummy() && isPseudonym(e.text(), policy, shapes))) {
                continue;
            }
            if (e.vr().equals("PN")) {
                continue; // reported above
            }
            out.add(finding(severity, "privacy.identifying-attribute", file, e.path(),
                    rule.name() + " " + DicomElement.tagString(e.tag()) + " holds " + shown(e)
                            + "; PS3.15 Table E.1-1 says " + action(rule.action()),
                    fix(rule)));
        }
        h.get(0x00280301).filter(e -> e.text().equalsIgnoreCase("YES")).ifPresent(e -> out.add(finding(Severity.ERROR,
                "privacy.burned-in-annotation", file, e.path(), "Burned In Annotation is YES: the pixels show text",
                "clean the pixel data, then set Burned In Annotation to NO")));
        if (policy.strict() && !policy.declaredMethod().isEmpty()) {
            markers(h, file, policy, out);
        }
        return out;
    }

    /**
     * Items of a sequence the profile removes outright (Original Attributes, Other Patient IDs, Icon Image...) are a
     * finding of their own; the attributes inside are checked one by one as well.
     */
    private java.util.Optional<Diagnostic> sequence(DicomElement e, boolean hasItems, String file, PrivacyPolicy policy,
            Severity severity) {
        DeidentificationRules.Rule rule = table.get(e.tag());
        if (rule == null || !rule.removeOnly() || !hasItems || retained(rule, policy)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(finding(severity, "privacy.identifying-attribute", file, e.path(),
                rule.name() + " " + DicomElement.tagString(e.tag()) + " has items; PS3.15 Table E.1-1 says "
                        + action(rule.action()),
                fix(rule)));
    }

    private static boolean hasItems(List<DicomElement> elements, int index) {
        return index + 1 < elements.size() && elements.get(index + 1).path().startsWith(elements.get(index).path() + "[");
    }

    private static boolean retained(DeidentificationRules.Rule rule, PrivacyPolicy policy) {
        return rule.retainedBy().stream().anyMatch(policy.options()::contains);
    }

    private static String fix(DeidentificationRules.Rule rule) {
        return rule.retainedBy().isEmpty() ? "remove or empty it in the de-identification"
                : "remove it, or declare " + String.join(" or ", new TreeSet<>(rule.retainedBy()))
                        + " under personalData.deidentification.options if it was kept on purpose";
    }

    /** A de-identified file says so, and says how; the datasheet's options must agree with the codes found. */
    private void markers(DicomHeader h, String file, PrivacyPolicy policy, List<Diagnostic> out) {
        boolean removed = h.get(0x00120062).map(e -> e.text().equalsIgnoreCase("YES")).orElse(false);
        if (!removed) {
            out.add(finding(Severity.ERROR, "privacy.not-marked", file, "(0012,0062)",
                    "Patient Identity Removed is not YES although the datasheet declares de-identification",
                    "set (0012,0062) to YES and (0012,0064) to the method codes when de-identifying"));
        }
        Set<String> found = new TreeSet<>();
        for (DicomElement e : h.elements()) {
            if (e.path().startsWith("(0012,0064)[") && e.tag() == 0x00080100) {
                found.add(e.text());
            }
        }
        if (removed && !found.isEmpty() && !found.equals(policy.expectedCodes())) {
            out.add(finding(Severity.ERROR, "privacy.method-mismatch", file, "(0012,0064)",
                    "the file's de-identification method codes " + found + " differ from the declared "
                            + policy.expectedCodes() + " (basic profile and options)",
                    "make personalData.deidentification.options say what was done to the files; " + optionsBlock(found)));
        }
    }

    /**
     * The options the files' CID 7050 codes say were applied, as a line to paste under
     * {@code personalData.deidentification} (codes with no option of their own are named).
     */
    static String optionsBlock(Set<String> codes) {
        java.util.Map<String, String> byCode = new java.util.TreeMap<>();
        PrivacyPolicy.OPTION_CODES.forEach((option, code) -> byCode.put(code, option));
        byCode.put("113107", "retainLongitudinal"); // with modified dates: the same option in the datasheet
        Set<String> options = new java.util.LinkedHashSet<>();
        Set<String> other = new TreeSet<>();
        for (String code : new TreeSet<>(codes)) {
            if (byCode.containsKey(code)) {
                options.add(byCode.get(code));
            } else if (!code.equals("113100")) {
                other.add(code);
            }
        }
        return "the files' codes say: options: [" + String.join(", ", options) + "]"
                + (other.isEmpty() ? "" : " (codes " + other + " have no option of their own)");
    }

    private static boolean isPseudonym(String value, PrivacyPolicy policy, PseudonymShapes shapes) {
        boolean matches = policy.matchesPseudonym(value);
        if (matches) {
            shapes.matched(value);
        }
        return matches;
    }

    private static String tagKey(DicomElement e) {
        return DicomElement.tagString(e.tag());
    }

    private static String action(String code) {
        return switch (code.substring(0, 1)) {
            case "X" -> "remove it (" + code + ")";
            case "Z" -> "empty it or replace it with a dummy (" + code + ")";
            case "D" -> "replace it with a dummy (" + code + ")";
            default -> code;
        };
    }

    private static String shown(DicomElement e) {
        return e.isBinary() ? e.length() + " bytes" : "'" + mask(e.text()) + "'";
    }

    /** Shows enough to find the value, not the whole identifier, in logs and reports. */
    static String mask(String value) {
        return value.length() <= 2 ? "**" : value.charAt(0) + "*".repeat(Math.min(8, value.length() - 2)) + value.charAt(value.length() - 1);
    }

    private static Diagnostic finding(Severity s, String code, String file, String where, String message, String hint) {
        return new Diagnostic(s, code, file, 0, 0, where, where + ": " + message, hint);
    }
}
