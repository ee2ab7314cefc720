package org.datasetkit.core.privacy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import com.google.re2j.Pattern;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.Deidentification;
import org.datasetkit.core.datasheet.PersonalData;

/**
 * What the datasheet promises about personal data, as the gate enforces it.
 *
 * @param strict findings are errors: the datasheet says there is no personal data, or that it was de-identified;
 *     otherwise (declared identifying data) they are warnings
 * @param options the PS3.15 options declared as applied
 * @param pseudonym the pattern remaining names and patient IDs must match, if declared: matched by RE2/J, in time linear
 *     in the value, since a pattern the user wrote (such as {@code ^(.*a){12}$}) would backtrack for ever in
 *     java.util.regex on a value that almost matches
 * @param dummyValues declared dummy values, accepted in place of identifying ones
 * @param privateCreators private creators reviewed as safe
 * @param allowList reviewed exceptions: "path code" or "path (gggg,eeee)" entries
 * @param declaredMethod the de-identification method text, for comparing with the files' method codes
 */
public record PrivacyPolicy(boolean strict, Set<String> options, Optional<Pattern> pseudonym, Set<String> dummyValues,
        Set<String> privateCreators, Set<String> allowList, String declaredMethod) {

    /** CID 7050 codes of the options (PS3.16), for comparing with (0012,0064). */
    static final java.util.Map<String, String> OPTION_CODES = java.util.Map.of(
            "cleanPixelData", "113101", "cleanGraphics", "113103", "cleanStructuredContent", "113104",
            "cleanDescriptors", "113105", "retainLongitudinal", "113106", "retainPatientCharacteristics", "113108",
            "retainDeviceIdentity", "113109", "retainUIDs", "113110", "retainSafePrivate", "113111",
            "retainInstitutionIdentity", "113112");

    /**
     * Reads a file of reviewed exceptions: one per line ({@code data/x.dcm (0008,0080)}, {@code labels.csv column:name}),
     * blank lines and {@code #} comments ignored, runs of spaces read as one.
     */
    public static Set<String> readAllowList(java.nio.file.Path file) throws java.io.IOException {
        Set<String> entries = new java.util.HashSet<>();
        for (String line : java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
            String entry = line.trim();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                entries.add(entry.replaceAll("\\s+", " "));
            }
        }
        return entries;
    }

    /**
     * The policy a validated datasheet declares. Its pseudonym pattern compiles: validation refuses one that RE2/J
     * does not accept, at its line and column.
     */
    public static PrivacyPolicy from(Datasheet sheet, Set<String> allowList) {
        Optional<PersonalData> pd = sheet.personalData();
        Optional<Deidentification> deid = pd.flatMap(PersonalData::deidentification);
        boolean contains = pd.map(PersonalData::contains).orElse(false);
        return new PrivacyPolicy(!contains || deid.isPresent(),
                deid.map(d -> Set.copyOf(d.options())).orElse(Set.of()),
                deid.flatMap(Deidentification::pseudonymPattern).map(p -> Pattern.compile(p.regex())),
                deid.map(d -> Set.copyOf(d.dummyValues())).orElse(Set.of()),
                deid.map(d -> Set.copyOf(d.privateCreators())).orElse(Set.of()),
                allowList, deid.map(Deidentification::method).orElse(""));
    }

    /** The codes (0012,0064) should hold for the declared options: the basic profile and each option. */
    Set<String> expectedCodes() {
        Set<String> codes = new TreeSet<>(List.of("113100"));
        for (String o : options) {
            if (OPTION_CODES.containsKey(o)) {
                codes.add(OPTION_CODES.get(o));
            }
        }
        return codes;
    }

    /** Whether the datasheet declares a pseudonym pattern. */
    boolean declaresPseudonym() {
        return pseudonym.isPresent();
    }

    /** Whether {@code value} is a declared pseudonym: false when no pattern is declared. */
    boolean matchesPseudonym(String value) {
        return pseudonym.map(p -> p.matcher(value).find()).orElse(false);
    }

    boolean allowed(String path, String key) {
        return allowList.contains(path + " " + key);
    }
}
