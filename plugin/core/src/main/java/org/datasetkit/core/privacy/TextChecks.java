package org.datasetkit.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;

/**
 * Identifiers in free text: Swedish personal identity numbers (personnummer and samordningsnummer, with their
 * check digit, so that ordinary 10-digit numbers do not trigger it).
 */
final class TextChecks {

    private static final Pattern PERSONNUMMER = Pattern.compile("(?<!\\d)(?:19|20)?(\\d{6})[-+]?(\\d{4})(?!\\d)");

    List<Diagnostic> check(String file, String where, String text, PrivacyPolicy policy) {
        List<Diagnostic> out = new ArrayList<>();
        Matcher m = PERSONNUMMER.matcher(text);
        while (m.find()) {
            String digits = m.group(1) + m.group(2);
            if (validPersonnummer(digits) && !policy.allowed(file, "personnummer")) {
                out.add(new Diagnostic(Severity.ERROR, "privacy.personal-identity-number", file, 0, 0, where,
                        where + " holds what is a valid Swedish personal identity number (" + DicomRules.mask(m.group()) + ")",
                        "remove it or replace it with a pseudonym"));
                break;
            }
        }
        return out;
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
