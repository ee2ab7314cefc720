package org.datasetkit.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.datasheet.Access;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.License;
import org.datasetkit.core.datasheet.LocalizedText;
import org.datasetkit.core.datasheet.UsageCondition;

/**
 * Who may have the data and on what terms, in the words every output uses, so that no output reads a restricted
 * dataset as open: free access only when the level is open and no embargo holds; the conditions in words; the data
 * use agreement; the machine-readable conditions (DUO codes as OBO URIs).
 *
 * @param free whether anyone may download the data now (schema.org {@code isAccessibleForFree})
 * @param conditions the conditions of access in words (schema.org {@code conditionsOfAccess})
 * @param dataUseAgreement the DUA's URL or path, if the licence names one
 * @param usage the machine-readable conditions of use
 * @param euAccessRight the EU access-right vocabulary URI (PUBLIC, RESTRICTED or NON_PUBLIC)
 */
record AccessTerms(boolean free, String conditions, Optional<String> dataUseAgreement, List<Term> usage,
        String euAccessRight) {

    static final String EU_ACCESS_RIGHT = "http://publications.europa.eu/resource/authority/access-right/";
    private static final String DUO = "http://purl.obolibrary.org/obo/DUO_";

    /**
     * One condition of use.
     *
     * @param scheme DUO, ODRL or other
     * @param code as written ({@code DUO:0000042}, {@code DUO_0000042} or {@code 0000042} for DUO)
     * @param url the term's URI, when the scheme has one
     */
    record Term(String scheme, String code, String name, Optional<String> url) {}

    AccessTerms {
        usage = List.copyOf(usage);
    }

    static AccessTerms of(Datasheet sheet) {
        Access access = sheet.access();
        boolean free = access.isOpen() && access.embargoUntil().isEmpty();
        Optional<String> dua = sheet.license().additionalTerms().flatMap(License.AdditionalTerms::dua);
        String conditions = access.conditions().map(LocalizedText::english).orElseGet(() -> defaultConditions(access, dua));
        List<Term> usage = new ArrayList<>();
        for (UsageCondition c : sheet.usageConditions()) {
            Optional<String> url = "DUO".equals(c.scheme()) ? Optional.of(DUO + c.code().replaceAll("^(?i)DUO[:_]", ""))
                    : Optional.empty();
            usage.add(new Term(c.scheme(), c.code(), c.label().map(LocalizedText::english).orElse(c.code()), url));
        }
        return new AccessTerms(free, conditions, dua, usage, EU_ACCESS_RIGHT + euCode(access));
    }

    private static String euCode(Access access) {
        return switch (access.level()) {
            case "open" -> access.embargoUntil().isPresent() ? "RESTRICTED" : "PUBLIC";
            case "on-request" -> "RESTRICTED";
            default -> "NON_PUBLIC";
        };
    }

    private static String defaultConditions(Access access, Optional<String> dua) {
        String base = switch (access.level()) {
            case "open" -> "Open access under the dataset's licence.";
            case "on-request" -> "Available on request from the maintainer.";
            default -> "Restricted access: the data is not openly available; access requires approval by the data owner.";
        };
        String embargo = access.embargoUntil().map(d -> " Embargoed until " + d + ".").orElse("");
        return base + embargo + dua.map(d -> " A data use agreement applies: " + d + ".").orElse("");
    }
}
