package org.datasetkit.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;

/**
 * Identifiers in free text, the same wherever the text stands (a DICOM value, a PNG chunk, a table cell, a page of a
 * protocol): Swedish personal identity numbers (personnummer and samordningsnummer, with their check digit, so that
 * ordinary 10-digit numbers do not trigger it), person names in the DICOM form {@code Family^Given}, names written
 * after a label that says whose they are ({@code Patient: Karin Andersson}), e-mail addresses and phone numbers.
 * Every pattern is a fixed one without nested repetition, so matching stays linear in the text.
 */
final class TextChecks {

    /** What a piece of text was found to hold. */
    record Hit(String code, String what, String value) {}

    private static final Pattern PERSONNUMMER = Pattern.compile("(?<!\\d)(?:19|20)?(\\d{6})[-+]?(\\d{4})(?!\\d)");
    private static final Pattern DICOM_NAME = Pattern.compile("(?<![\\p{L}^])\\p{L}[\\p{L}'.-]*\\^\\p{L}[\\p{L}'.-]*");
    /** A label naming the person, then a name of two or more capitalised words. */
    private static final Pattern LABELLED_NAME = Pattern.compile("(?iu)\\b(?:patient(?:'s)?(?:[ _]?name)?|patientnamn|"
            + "patientens namn|participant(?:[ _]?name)?|deltagare|deltagarens namn|f[öo]rs[öo]ksperson|subject name)"
            + "\\s*[:=]\\s*(?-i)(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,3})");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){0,8}\\.\\p{Alpha}{2,24}");
    /** International (+46 70 123 45 67) or Swedish national (070-123 45 67, 08-123 456 78) forms. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+\\d{1,3}[ -]?(?:\\(0\\))?\\d{1,4}|0\\d{1,3}-)(?:[ -]?\\d{2,4}){2,4}(?![\\w])");

    /** Personal identity numbers, DICOM-form names and labelled names: what documents and metadata are read for. */
    List<Hit> people(String text, PrivacyPolicy policy) {
        List<Hit> hits = new ArrayList<>();
        personnummer(text).ifPresent(hits::add);
        Matcher m = DICOM_NAME.matcher(text);
        while (m.find()) {
            if (!policy.matchesPseudonym(m.group())) {
                hits.add(new Hit("privacy.person-name", "a person name in the DICOM form Family^Given", m.group()));
                break;
            }
        }
        m = LABELLED_NAME.matcher(text);
        if (m.find() && !policy.matchesPseudonym(m.group(1))) {
            hits.add(new Hit("privacy.person-name", "a name after '" + m.group().substring(0, m.start(1) - m.start()).trim()
                    + "'", m.group(1)));
        }
        return hits;
    }

    /** Personal identity numbers, e-mail addresses and phone numbers: what every table cell is read for. */
    List<Hit> contacts(String text) {
        List<Hit> hits = new ArrayList<>(1);
        int digits = 0;
        boolean at = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '@') {
                at = true;
            }
        }
        // Most cells hold neither enough digits nor an '@': they are passed without running a pattern.
        if (digits >= 10) {
            personnummer(text).ifPresent(hits::add);
        }
        if (at) {
            Matcher m = EMAIL.matcher(text);
            if (m.find()) {
                hits.add(new Hit("privacy.email", "an e-mail address", m.group()));
            }
        }
        if (digits >= 7 && hits.isEmpty()) {
            Matcher m = PHONE.matcher(text);
            while (m.find()) {
                int n = (int) m.group().chars().filter(Character::isDigit).count();
                if (n >= 8 && n <= 15) {
                    hits.add(new Hit("privacy.phone", "a phone number", m.group()));
                    break;
                }
            }
        }
        return hits;
    }

    Optional<Hit> personnummer(String text) {
        Matcher m = PERSONNUMMER.matcher(text);
        while (m.find()) {
            if (validPersonnummer(m.group(1) + m.group(2))) {
                return Optional.of(new Hit("privacy.personal-identity-number",
                        "a valid Swedish personal identity number", m.group()));
            }
        }
        return Optional.empty();
    }

    /** The old entry point: the first personal identity number in {@code text}, as a finding about {@code where}. */
    List<Diagnostic> check(String file, String where, String text, PrivacyPolicy policy) {
        List<Diagnostic> out = new ArrayList<>();
        personnummer(text).filter(h -> !policy.allowed(file, "personnummer")).ifPresent(h -> out.add(finding(
                Severity.ERROR, file, where, h)));
        return out;
    }

    static Diagnostic finding(Severity severity, String file, String where, Hit hit) {
        return new Diagnostic(severity, hit.code(), file, 0, 0, where,
                where + " holds " + hit.what() + " (" + DicomRules.mask(hit.value()) + ")", hintFor(hit.code()));
    }

    static String hintFor(String code) {
        return switch (code) {
            case "privacy.person-name" -> "remove the name, or replace it with a pseudonym";
            case "privacy.email", "privacy.phone" -> "remove the contact details, or replace them with a pseudonym";
            default -> "remove it or replace it with a pseudonym";
        };
    }

    /** YYMMDD (day + 60 for samordningsnummer) and the Luhn check digit over the ten digits. */
    static boolean validPersonnummer(String tenDigits) {
        int month = Integer.parseInt(tenDigits.substring(2, 4));
        int day = Integer.parseInt(tenDigits.substring(4, 6));
        if (month < 1 || month > 12 || !(day >= 1 && day <= 31 || day >= 61 && day <= 91)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
