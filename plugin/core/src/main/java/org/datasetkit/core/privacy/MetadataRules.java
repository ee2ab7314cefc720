package org.datasetkit.core.privacy;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;

/**
 * Text metadata of images and volumes (PNG text chunks, EXIF/TIFF tags, XMP, IPTC, JPEG comments, NIfTI fields),
 * judged as the DICOM rules judge a header: a key that names a person (PatientName, Artist, Operator...) or a value
 * in the DICOM name form, a patient identifier, a birth or exam date, an institution — each an error when the
 * datasheet says there is no personal data or that it was de-identified, unless a pseudonym, a declared dummy or a
 * declared PS3.15 option keeps it. Software, colour and resolution keys stay quiet; other free text is a warning to
 * review. Each key/value pair gives at most one finding.
 */
final class MetadataRules {

    private enum Role { NAME, IDENTIFIER, BIRTH_DATE, EXAM_DATE, INSTITUTION, QUIET, FREE_TEXT }

    private static final Set<String> NAME = Set.of("patientname", "patientsname", "patient", "name", "artist", "author",
            "operator", "operatorsname", "operatorname", "byline", "xpauthor", "cameraownername", "ownername",
            "physician", "referringphysiciansname", "performingphysiciansname", "personname", "participant",
            "participantname", "creator", "namn", "patientnamn", "writer");
    private static final Set<String> IDENTIFIER = Set.of("patientid", "id", "otherpatientids", "accessionnumber",
            "accession", "mrn", "medicalrecordnumber", "studyid", "personnummer", "ssn", "subjectid");
    private static final Set<String> BIRTH_DATE = Set.of("patientbirthdate", "patientsbirthdate", "birthdate",
            "dateofbirth", "dob", "fodelsedatum");
    private static final Set<String> EXAM_DATE = Set.of("studydate", "seriesdate", "acquisitiondate", "contentdate",
            "acquisitiondatetime", "datetime", "datetimeoriginal", "datetimedigitized", "datecreated", "examdate",
            "studytime", "createdate", "datetimecreated");
    private static final Set<String> INSTITUTION = Set.of("institutionname", "institution", "institutionaddress",
            "hospital", "clinic", "sjukhus", "klinik");
    /** Keys that describe the software, the colour and the geometry, never a person. */
    private static final Pattern QUIET = Pattern.compile("software|creatortool|producer|make|model|lensmodel|"
            + "hostcomputer|copyright|rights|orientation|.*resolution.*|.*unit.*|colou?r.*|icc.*|gamma|.*profile.*|"
            + "format|mimetype|datecreate|datemodify|datetimestamp|modifydate|metadatadate|documentid|instanceid|"
            + "originaldocumentid|imageuniqueid|signature|pixel.*|bitspersample|compression|photometric.*|"
            + "samplesperpixel|planarconfiguration|exifversion|flashpixversion|componentsconfiguration|"
            + "descrip|auxfile|intentname|dbname|extension.*|label|thumbnail.*|li|seq|bag|alt|version|.*width|.*height");

    private final TextChecks text;

    MetadataRules(TextChecks text) {
        this.text = text;
    }

    /**
     * The finding about one pair, if any.
     *
     * @param format how the allow-list names the format: {@code png}, {@code jpeg}, {@code tiff}, {@code nifti}
     * @param where where it stands, as the finding says it: {@code PNG tEXt 'PatientName'}, {@code EXIF Artist}
     */
    Optional<Diagnostic> judge(String file, String format, String where, String key, String value, PrivacyPolicy policy,
            PseudonymShapes shapes) {
        String v = value.replace('\0', ' ').strip();
        if (v.isEmpty() || policy.allowed(file, format + ":" + key) || policy.dummyValues().contains(v)) {
            return Optional.empty();
        }
        Severity severity = policy.strict() ? Severity.ERROR : Severity.WARNING;
        Role role = role(key);
        String shown = "'" + DicomRules.mask(v) + "'";
        switch (role) {
            case NAME, IDENTIFIER -> {
                if (policy.matchesPseudonym(v)) {
                    shapes.matched(v);
                    return Optional.empty();
                }
                String what = role == Role.NAME ? "names a person" : "identifies a patient or a study";
                Diagnostic d = finding(severity, role == Role.NAME ? "privacy.person-name" : "privacy.identifying-attribute",
                        file, where, key + " holds " + shown + ", and its key says it " + what
                                + "; it is not a declared pseudonym", "");
                return Optional.of(shapes.unmatched(d, v));
            }
            case BIRTH_DATE -> {
                return Optional.of(finding(severity, "privacy.identifying-attribute", file, where, key + " holds "
                        + shown + ", a date of birth", "remove it; keep at most the age band in a table"));
            }
            case EXAM_DATE, INSTITUTION -> {
                String option = role == Role.EXAM_DATE ? "retainLongitudinal" : "retainInstitutionIdentity";
                if (policy.options().contains(option)) {
                    return Optional.empty();
                }
                String what = role == Role.EXAM_DATE ? "an exam date" : "an institution";
                return Optional.of(finding(severity, "privacy.identifying-attribute", file, where, key + " holds "
                        + shown + ", " + what, "remove it, or declare " + option
                        + " under personalData.deidentification.options if it was kept on purpose"));
            }
            default -> {
                return inText(file, where, v, role, policy, severity, shapes);
            }
        }
    }

    /** Judges every entry of a block: {@code where} prefixes each key ({@code "JPEG XMP"} gives "JPEG XMP creator"). */
    void judgeAll(String file, String format, String where, List<MetadataText.Entry> entries, PrivacyPolicy policy,
            PseudonymShapes shapes, List<Diagnostic> out) {
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (MetadataText.Entry e : entries) {
            String at = where + " " + e.key();
            // each key once: an XMP list of ten creators is one finding
            if (!reported.contains(at)) {
                judge(file, format, at, e.key(), e.value(), policy, shapes).ifPresent(d -> {
                    reported.add(at);
                    out.add(d);
                });
            }
        }
    }

    /** Judges the text tags of a TIFF structure, reading the XMP and IPTC blocks it carries. */
    void judgeTiff(String file, String format, String where, List<TiffReader.Tag> tags, PrivacyPolicy policy,
            PseudonymShapes shapes, List<Diagnostic> out) throws FileDefect {
        for (TiffReader.Tag t : tags) {
            if (t.id() == TiffReader.XMP) {
                judgeAll(file, format, where + " XMP", MetadataText.xmp(t.raw(), 0, t.raw().length), policy, shapes, out);
            } else if (t.id() == TiffReader.IPTC) {
                judgeAll(file, format, where + " IPTC", MetadataText.iptc(t.raw(), 0, t.raw().length), policy, shapes, out);
            } else {
                judge(file, format, where + " " + t.name(), t.name(), t.text(), policy, shapes).ifPresent(out::add);
            }
        }
    }

    private Optional<Diagnostic> inText(String file, String where, String v, Role role, PrivacyPolicy policy,
            Severity severity, PseudonymShapes shapes) {
        List<TextChecks.Hit> hits = text.people(v, policy);
        if (!hits.isEmpty()) {
            TextChecks.Hit hit = hits.get(0);
            Diagnostic d = TextChecks.finding(hit.code().equals("privacy.personal-identity-number") ? Severity.ERROR
                    : severity, file, where, hit);
            return Optional.of(hit.code().equals("privacy.person-name") ? shapes.unmatched(d, hit.value()) : d);
        }
        if (role == Role.FREE_TEXT && policy.strict()) {
            return Optional.of(new Diagnostic(Severity.WARNING, "privacy.image-metadata", file, 0, 0, where,
                    where + " carries free text ('" + DicomRules.mask(v) + "', " + v.length() + " characters)",
                    "review it and strip it, or list it on the privacy allow-list once reviewed"));
        }
        return Optional.empty();
    }

    private static Role role(String key) {
        String k = normalised(key);
        if (NAME.contains(k) || k.endsWith("name") && (k.startsWith("patient") || k.contains("physician"))) {
            return Role.NAME;
        }
        if (IDENTIFIER.contains(k) || k.startsWith("patientid")) {
            return Role.IDENTIFIER;
        }
        if (BIRTH_DATE.contains(k)) {
            return Role.BIRTH_DATE;
        }
        if (EXAM_DATE.contains(k)) {
            return Role.EXAM_DATE;
        }
        if (INSTITUTION.contains(k)) {
            return Role.INSTITUTION;
        }
        return QUIET.matcher(k).matches() ? Role.QUIET : Role.FREE_TEXT;
    }

    /** Lower case, accents and everything but letters and digits dropped: {@code Patient's Name} is patientsname. */
    static String normalised(String key) {
        String plain = Normalizer.normalize(key, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Diagnostic finding(Severity s, String code, String file, String where, String message, String hint) {
        return new Diagnostic(s, code, file, 0, 0, where, where + ": " + message, hint);
    }
}
