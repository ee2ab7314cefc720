package org.datasetkit.core.license;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the licence strings found on dataset platforms into SPDX: Hugging Face's lower-case ids, Kaggle's names,
 * and common free text ("CC BY 4.0", "Creative Commons Attribution-NonCommercial 4.0"). Family names without a
 * version ("cc", "gpl", "CC BY-SA") are recognised as vague rather than guessed.
 */
public final class LicenseNormalizer {

    /** What a licence string turned out to be. */
    public record Normalized(String written, Kind kind, String spdx) {
        /** SPDX: already an expression; ALIAS: a known other spelling; VAGUE: a family; UNKNOWN: says nothing. */
        public enum Kind { SPDX, ALIAS, VAGUE, UNKNOWN }
    }

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("odc-by", "ODC-By-1.0"), Map.entry("odbl", "ODbL-1.0"), Map.entry("pddl", "PDDL-1.0"),
            Map.entry("c-uda", "C-UDA-1.0"), Map.entry("dbcl-1.0", "ODbL-1.0 AND LicenseRef-DbCL-1.0"),
            Map.entry("copyright-authors", "LicenseRef-Kaggle-Copyright-Authors"),
            Map.entry("us-government-works", "LicenseRef-US-Government-Works"),
            Map.entry("fdl-1.3", "GFDL-1.3"), Map.entry("public domain", "CC-PDM-1.0"),
            Map.entry("cc0", "CC0-1.0"), Map.entry("cc0 1.0", "CC0-1.0"), Map.entry("cc-0", "CC0-1.0"));

    private static final java.util.Set<String> VAGUE = java.util.Set.of("cc", "creative commons", "gpl", "lgpl", "bsd",
            "gfdl", "openrail", "agpl", "apache", "odc", "cdla");

    private static final java.util.Set<String> UNKNOWN = java.util.Set.of("unknown", "other", "noassertion", "none", "",
            "see description", "n/a");

    /** "CC BY-NC-SA 4.0", "CC-BY 4.0", "cc by nc 3.0 igo" and the like. */
    private static final Pattern CC_TEXT = Pattern.compile(
            "(?i)cc[ -]?(by(?:[ -]nc)?(?:[ -]nd|[ -]sa)?)(?:[ -]+(\\d\\.\\d))?(?:[ -]+(igo|international))?");

    /** "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International" and the like. */
    private static final Pattern CC_NAME = Pattern.compile(
            "(?i)creative commons attribution((?:[ -]non-?commercial)?(?:[ -]no-?derivatives?|[ -]share-?alike)?)(?:[ -]+(\\d\\.\\d))?.*");

    private final SpdxLicenseList list;

    public LicenseNormalizer(SpdxLicenseList list) {
        this.list = list;
    }

    public Normalized normalize(String written) {
        String s = written.trim();
        String key = s.toLowerCase(Locale.ROOT);
        if (UNKNOWN.contains(key)) {
            return new Normalized(written, Normalized.Kind.UNKNOWN, "");
        }
        if (VAGUE.contains(key)) {
            return new Normalized(written, Normalized.Kind.VAGUE, "");
        }
        String alias = ALIASES.get(key);
        if (alias != null) {
            return new Normalized(written, Normalized.Kind.ALIAS, alias);
        }
        Optional<SpdxLicenseList.Listed> listed = list.license(s);
        if (listed.isPresent()) {
            return new Normalized(written, listed.get().id().equals(s) ? Normalized.Kind.SPDX : Normalized.Kind.ALIAS,
                    listed.get().id());
        }
        Optional<String> cc = creativeCommons(s);
        if (cc.isPresent()) {
            return cc.get().isEmpty() ? new Normalized(written, Normalized.Kind.VAGUE, "")
                    : new Normalized(written, Normalized.Kind.ALIAS, cc.get());
        }
        return new Normalized(written, Normalized.Kind.SPDX, s); // an expression, or something the parser will refuse
    }

    /** The SPDX id of a free-text CC name; "" when the version is missing (vague); empty when not CC text. */
    private Optional<String> creativeCommons(String s) {
        Matcher m = CC_TEXT.matcher(s);
        String elements;
        String version;
        String suffix = "";
        if (m.matches()) {
            elements = m.group(1).toUpperCase(Locale.ROOT).replace(' ', '-');
            version = m.group(2);
            suffix = m.group(3) != null && m.group(3).equalsIgnoreCase("igo") ? "-IGO" : "";
        } else {
            Matcher n = CC_NAME.matcher(s);
            if (!n.matches()) {
                return Optional.empty();
            }
            String words = n.group(1).toLowerCase(Locale.ROOT);
            elements = "BY" + (words.contains("commercial") ? "-NC" : "") + (words.contains("deriv") ? "-ND" : "")
                    + (words.contains("share") ? "-SA" : "");
            version = n.group(2);
        }
        if (version == null) {
            return Optional.of("");
        }
        String id = "CC-" + elements + "-" + version + suffix;
        return list.license(id).map(SpdxLicenseList.Listed::id).or(() -> Optional.of(""));
    }
}
