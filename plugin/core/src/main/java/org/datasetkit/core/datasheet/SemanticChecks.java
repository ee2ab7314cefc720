package org.datasetkit.core.datasheet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Vocabulary;
import org.datasetkit.core.diag.Severity;
import tools.jackson.databind.JsonNode;

/**
 * The rules a JSON Schema cannot express: real calendar dates in order, ORCID check digits, e-mail addresses,
 * unique creators, placeholders left unfilled, the version agreeing with the project, referenced files present,
 * personal data not openly accessible, licence text for custom licences.
 */
final class SemanticChecks {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ParsedDatasheet sheet;
    private final Path root;
    private final List<Diagnostic> out = new ArrayList<>();

    private SemanticChecks(ParsedDatasheet sheet, Path root) {
        this.sheet = sheet;
        this.root = root;
    }

    static List<Diagnostic> check(ParsedDatasheet sheet, Path root, Optional<String> expectedVersion, Vocabulary words) {
        SemanticChecks c = new SemanticChecks(sheet, root);
        c.walk(sheet.tree(), "");
        c.version(expectedVersion, words);
        c.ranges();
        c.creators();
        c.paths();
        c.contact();
        c.personalData();
        c.pseudonymPattern();
        c.customLicence();
        return c.out;
    }

    /** Every string: placeholders, dates; every ORCID. */
    private void walk(JsonNode node, String pointer) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                walk(e.getValue(), pointer + "/" + StrictDatasheetReader.escape(e.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i);
            }
        } else if (node.isString()) {
            String value = node.asString();
            if (value.trim().toUpperCase(Locale.ROOT).startsWith("TODO")) {
                error(pointer, "datasheet.placeholder", DatasheetPath.display(pointer) + " is still a placeholder: " + value,
                        "replace it with the real value");
            } else if (DATE.matcher(value).matches() && !realDate(value)) {
                error(pointer, "datasheet.date", DatasheetPath.display(pointer) + ": " + value + " is not a date in the calendar",
                        "check the month and day");
            } else if (pointer.endsWith("/orcid") && !orcidChecksumOk(value)) {
                error(pointer, "datasheet.orcid", "ORCID iD " + value + " has a wrong check digit",
                        "copy the iD from the person's ORCID record; the last character is a checksum");
            }
        }
    }

    private void version(Optional<String> expected, Vocabulary words) {
        String version = sheet.tree().path("version").asString();
        if (expected.isPresent() && !expected.get().equals(version)) {
            error("/version", "datasheet.version-mismatch",
                    "version \"" + version + "\" differs from the project version " + expected.get(),
                    "make " + words.buildVersion() + " and version: in the datasheet the same release number");
        }
    }

    /** Periods run forwards; nothing is published before it was created. */
    private void ranges() {
        order("/collection/timeframe/start", "/collection/timeframe/end", "the collection period ends before it starts");
        JsonNode activities = sheet.tree().at("/provenance/activities");
        for (int i = 0; i < activities.size(); i++) {
            order("/provenance/activities/" + i + "/start", "/provenance/activities/" + i + "/end",
                    "the activity ends before it starts");
        }
        order("/dateCreated", "/datePublished", "the dataset is published before it was created");
    }

    private void order(String startPointer, String endPointer, String message) {
        JsonNode start = sheet.tree().at(startPointer);
        JsonNode end = sheet.tree().at(endPointer);
        if (start.isString() && end.isString() && realDate(start.asString()) && realDate(end.asString())
                && LocalDate.parse(end.asString()).isBefore(LocalDate.parse(start.asString()))) {
            error(endPointer, "datasheet.date-order", message + " (" + start.asString() + " to " + end.asString() + ")",
                    "swap or correct the dates");
        }
    }

    private void creators() {
        Map<String, Integer> seen = new HashMap<>();
        JsonNode creators = sheet.tree().path("creators");
        for (int i = 0; i < creators.size(); i++) {
            JsonNode c = creators.get(i);
            // The same person: the same name (however capitalised or spaced) or the same ORCID iD.
            Integer first = seen.putIfAbsent("name:" + c.path("name").asString().replaceAll("\\s+", " ").trim()
                    .toLowerCase(Locale.ROOT), i);
            if (first == null && c.has("orcid")) {
                first = seen.putIfAbsent("orcid:" + c.path("orcid").asString(), i);
            }
            if (first != null) {
                error("/creators/" + i, "datasheet.duplicate-creator",
                        "creators[" + i + "] is the same person as creators[" + first + "]", "list every creator once");
            }
        }
    }

    private void paths() {
        checkPathExists("/license/textFile");
        checkPathExists("/composition/labels/table/path");
        JsonNode docs = sheet.tree().path("documentation");
        for (int i = 0; i < docs.size(); i++) {
            checkPathExists("/documentation/" + i + "/path");
        }
    }

    private void checkPathExists(String pointer) {
        JsonNode node = sheet.tree().at(pointer);
        if (node.isMissingNode()) {
            return;
        }
        Path target = root.resolve(node.asString()).normalize();
        if (!target.startsWith(root)) {
            error(pointer, "datasheet.path-outside", "'" + node.asString() + "' points outside the dataset folder",
                    "give a path relative to the dataset folder, without '..'");
        } else if (!Files.isRegularFile(target)) {
            error(pointer, "datasheet.path-missing", "'" + node.asString() + "' does not exist in the dataset",
                    "add the file, or correct the path (relative to the dataset folder)");
        }
    }

    private void contact() {
        String contact = sheet.tree().at("/maintenance/contact").asString("");
        if (contact.contains("@") ? !EMAIL.matcher(contact).matches() : !contact.matches("(?i)https?://\\S+")) {
            error("/maintenance/contact", "datasheet.contact",
                    "'" + contact + "' is neither an e-mail address nor a web address",
                    "write an address that will still reach the maintainers, such as data@example.org");
        }
    }

    /** Personal data may only be open when it is anonymised and no code key links it back to people. */
    private void personalData() {
        JsonNode pd = sheet.tree().path("personalData");
        if (!pd.path("contains").asBoolean(false) || !"open".equals(sheet.tree().at("/access/level").asString(""))) {
            return;
        }
        boolean anonymised = pd.at("/deidentification/method").asString("").toLowerCase(Locale.ROOT).contains("anonymi")
                && !pd.path("codeKeyRetained").asBoolean(true);
        if (!anonymised) {
            error("/access/level", "datasheet.personal-data-open",
                    "personal data cannot be published with open access unless it is anonymised and no code key is kept",
                    "set access.level to restricted or on-request, or document the anonymisation and codeKeyRetained: false");
        }
    }

    /**
     * The privacy gate matches every remaining name and patient ID against the pseudonym pattern: it must compile,
     * and must not be able to backtrack exponentially over a value.
     */
    private void pseudonymPattern() {
        String pointer = "/personalData/deidentification/pseudonymPattern";
        JsonNode node = sheet.tree().at(pointer);
        if (!node.isString()) {
            return;
        }
        String regex = node.asString();
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            String where = e.getIndex() >= 0 ? " (at character " + (e.getIndex() + 1) + " of the pattern)" : "";
            error(pointer, "datasheet.pattern", "pseudonymPattern '" + regex + "' is not a regular expression: "
                    + e.getDescription() + where,
                    "write a Java regular expression such as ^ANON[0-9]{6}$; escape ( ) [ ] { } + * ? with a backslash"
                            + " to match them literally");
            return;
        }
        NestedQuantifiers.find(regex).ifPresent(group -> error(pointer, "datasheet.pattern",
                "pseudonymPattern '" + regex + "' repeats " + group + ", a repetition inside a repetition, which can"
                        + " take exponential time on a value that almost matches",
                "repeat single characters or classes instead, such as ^ANON[0-9]{6}$, or make the inner repetition"
                        + " possessive (++, *+) or the group atomic ((?>...))"));
    }

    private void customLicence() {
        String spdx = sheet.tree().at("/license/spdx").asString("");
        if (spdx.contains("LicenseRef-") && sheet.tree().at("/license/textFile").isMissingNode()) {
            error("/license/spdx", "license.text-required",
                    "'" + spdx + "' is not on the SPDX list, so its text must travel with the data",
                    "add license.textFile: LICENSE.txt holding the full licence text");
        }
    }

    static boolean realDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** ISO 7064 MOD 11-2, as ORCID computes its last character. */
    static boolean orcidChecksumOk(String orcid) {
        String digits = orcid.replace("-", "");
        if (digits.length() != 16) {
            return false;
        }
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        char expected = result == 10 ? 'X' : (char) ('0' + result);
        return digits.charAt(15) == expected;
    }

    private void error(String pointer, String code, String message, String hint) {
        SourcePosition at = sheet.sourceMap().valueOf(pointer);
        out.add(new Diagnostic(Severity.ERROR, code, sheet.displayName(), at.line(), at.column(), pointer, message, hint));
    }
}
