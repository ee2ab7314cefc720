package org.datasetkit.core.datasheet;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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

    /** The scaffold's placeholder: TODO as a word of its own, so "Todos los datos" is not one. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\s*TODO(?![\\p{L}\\p{N}])");
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
        c.croissantUrl();
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
            if (PLACEHOLDER.matcher(value).lookingAt()) {
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
        checkPathExists("/composition/labels/file");
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
        Path target;
        try {
            target = root.resolve(node.asString()).normalize();
        } catch (InvalidPathException e) { // a NUL, or a name this JVM's locale cannot encode (LANG=C)
            error(pointer, "datasheet.path-invalid", "'" + node.asString() + "' cannot be a file name here: "
                    + e.getReason(), "give a plain relative path; under LANG=C run the build with LC_ALL=C.UTF-8");
            return;
        }
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
     * The privacy gate matches every remaining name and patient ID against the pseudonym pattern with RE2/J, whose
     * time is linear in the value whatever the pattern (java.util.regex backtracks exponentially on patterns such as
     * {@code (a|aa)+} or {@code (.*a){12}}): it must be RE2 syntax, which has no look-around or back-references.
     */
    private void pseudonymPattern() {
        String pointer = "/personalData/deidentification/pseudonymPattern";
        JsonNode node = sheet.tree().at(pointer);
        if (!node.isString()) {
            return;
        }
        String regex = node.asString();
        try {
            com.google.re2j.Pattern.compile(regex);
        } catch (com.google.re2j.PatternSyntaxException e) {
            error(pointer, "datasheet.pattern", "pseudonymPattern '" + regex + "' is not a regular expression the"
                    + " privacy gate can run: " + e.getDescription() + ": " + e.getPattern(),
                    "write an RE2 regular expression such as ^ANON[0-9]{6}$ (no look-around, back-references or"
                            + " possessive quantifiers); escape ( ) [ ] { } + * ? with a backslash to match them literally");
        }
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

    /**
     * Croissant requires {@code url}; without a DOI or a landing page the generated croissant.json lacks it. A warning,
     * not an error, because the Croissant file is always generated and most first releases have neither yet: raise it
     * with the severities setting ({@code datasheet.croissant-url=error}) for a dataset bound for ML platforms.
     */
    private void croissantUrl() {
        JsonNode tree = sheet.tree();
        if (tree.at("/identifiers/doi").isMissingNode() && tree.path("landingPage").isMissingNode()) {
            SourcePosition at = sheet.sourceMap().valueOf("/title");
            out.add(new Diagnostic(Severity.WARNING, "datasheet.croissant-url", sheet.displayName(), at.line(), at.column(),
                    "", "the datasheet has neither identifiers.doi nor landingPage, so croissant.json has no url, which"
                    + " Croissant 1.1 requires", "set identifiers.doi (the DOI reserved for this version) or landingPage"));
        }
    }

    private void error(String pointer, String code, String message, String hint) {
        SourcePosition at = sheet.sourceMap().valueOf(pointer);
        out.add(new Diagnostic(Severity.ERROR, code, sheet.displayName(), at.line(), at.column(), pointer, message, hint));
    }
}
