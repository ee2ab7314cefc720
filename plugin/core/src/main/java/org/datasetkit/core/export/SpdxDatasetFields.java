package org.datasetkit.core.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.datasheet.Composition;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.LocalizedText;
import org.datasetkit.core.datasheet.PersonalData;
import org.datasetkit.core.datasheet.Preprocessing;
import org.datasetkit.core.datasheet.Provenance;
import org.datasetkit.core.datasheet.Uses;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SPDX 3.0.1 {@code dataset_DatasetPackage}'s own properties, from the datasheet: what the package is (name,
 * version, where to get it, its DOI, who made and supplies it, when), and the Dataset profile's fields (types, size,
 * personal data, confidentiality, availability, anonymisation, collection, preprocessing, intended use, bias, noise,
 * updates). {@code datasetSize} and {@code intendedUse} are deprecated in SPDX 3.1 but are the 3.0.1 terms.
 */
final class SpdxDatasetFields {

    private final ExportInput in;
    private final Datasheet sheet;

    SpdxDatasetFields(ExportInput in) {
        this.in = in;
        this.sheet = in.datasheet();
    }

    /** An SPDX DateTimeStamp: UTC, whole seconds, {@code Z}. */
    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    void describe(ObjectNode p, String originator, String publisher) {
        p.put("name", sheet.title().english());
        p.put("description", sheet.description().english());
        p.put("software_packageVersion", sheet.version());
        Optional<String> doiUrl = sheet.doi().map(IdentifierUrls::doiUrl);
        // 3.0.1 requires a download location; a dataset without DOI or landing page has none to give
        sheet.landingPage().or(() -> doiUrl).ifPresent(url -> p.put("software_downloadLocation", url));
        sheet.landingPage().ifPresent(url -> p.put("software_homePage", url));
        sheet.doi().ifPresent(doi -> SpdxDataset.identifier(p, "other", doi, doiUrl.orElseThrow(), "DOI"));
        p.put("software_primaryPurpose", "data");
        p.put("builtTime", time(in.released()));
        p.put("releaseTime", sheet.datePublished().map(d -> d + "T00:00:00Z").orElse(time(in.released())));
        p.putArray("originatedBy").add(originator);
        p.put("suppliedBy", publisher);
        ArrayNode types = p.putArray("dataset_datasetType");
        datasetTypes().forEach(types::add);
        p.put("dataset_datasetSize", in.fixity().files().stream().mapToLong(f -> f.file().size()).sum());
        personalData(p);
        p.put("dataset_datasetAvailability", AccessTerms.of(sheet).free() ? "directDownload" : "registration");
        text(p, "dataset_dataCollectionProcess", collection());
        preprocessing(p);
        Optional<Uses> uses = sheet.uses();
        text(p, "dataset_intendedUse", uses.flatMap(Uses::intended).map(LocalizedText::english)
                .map(u -> u + uses.flatMap(Uses::outOfScope).map(o -> " Out of scope: " + o.english()).orElse("")));
        uses.flatMap(Uses::biases).ifPresent(b -> p.putArray("dataset_knownBias").add(b.english()));
        text(p, "dataset_datasetNoise",
                sheet.composition().flatMap(Composition::errorsNoise).map(LocalizedText::english));
        text(p, "dataset_datasetUpdateMechanism", sheet.maintenance().updatePlan().map(LocalizedText::english));
    }

    /** The Dataset profile's types from the kinds of data and modalities; noAssertion when the datasheet says none. */
    private Set<String> datasetTypes() {
        Set<String> types = new LinkedHashSet<>();
        Optional<Composition> c = sheet.composition();
        for (String kind : c.map(Composition::dataKinds).orElse(List.of())) {
            types.add(switch (kind) {
                case "image", "numeric", "text", "audio", "video" -> kind;
                case "tabular" -> "structured";
                case "signal" -> "timeseries";
                default -> "other";
            });
        }
        if (types.isEmpty() && !c.map(Composition::modalities).orElse(List.of()).isEmpty()) {
            types.add("image"); // imaging modalities (MG, CT, ...) without stated kinds of data
        }
        if (types.isEmpty()) {
            types.add("noAssertion");
        }
        return types;
    }

    /**
     * Whether the data holds personal information, how confidential it is (TLP: clear for open data, red for
     * restricted personal data, amber otherwise), and how it was anonymised.
     */
    private void personalData(ObjectNode p) {
        Optional<PersonalData> pd = sheet.personalData();
        p.put("dataset_hasSensitivePersonalInformation",
                pd.map(d -> d.contains() ? "yes" : "no").orElse("noAssertion"));
        boolean personal = pd.map(PersonalData::contains).orElse(false);
        p.put("dataset_confidentialityLevel", AccessTerms.of(sheet).free() ? "clear"
                : sheet.access().level().equals("restricted") && personal ? "red" : "amber");
        pd.flatMap(PersonalData::deidentification).ifPresent(d -> {
            ArrayNode methods = p.putArray("dataset_anonymizationMethodUsed");
            methods.add(d.method() + d.tool().map(t -> " (" + t + ")").orElse(""));
            if (!d.options().isEmpty()) {
                methods.add("Options: " + String.join(", ", d.options()));
            }
        });
    }

    private Optional<String> collection() {
        return sheet.collection().map(c -> {
            List<String> parts = new ArrayList<>();
            if (!c.methods().isEmpty()) {
                parts.add("Methods: " + String.join(", ", c.methods()) + ".");
            }
            c.description().ifPresent(d -> parts.add(d.english()));
            c.timeframe().filter(t -> t.start().isPresent() || t.end().isPresent()).ifPresent(t -> parts.add(
                    "Collected " + t.start().orElse("..") + "/" + t.end().orElse("..") + "."));
            return String.join(" ", parts);
        }).filter(s -> !s.isEmpty());
    }

    /** The preprocessing steps and every provenance activity, each one entry. */
    private void preprocessing(ObjectNode p) {
        List<String> steps = new ArrayList<>();
        sheet.preprocessing().flatMap(Preprocessing::steps).ifPresent(s -> steps.add(s.english()));
        for (Provenance.Activity a : sheet.provenance().activities()) {
            steps.add(a.type() + ": " + a.description().english());
        }
        if (!steps.isEmpty()) {
            ArrayNode list = p.putArray("dataset_dataPreprocessing");
            steps.forEach(list::add);
        }
    }

    private static void text(ObjectNode p, String key, Optional<String> value) {
        value.filter(v -> !v.isBlank()).ifPresent(v -> p.put(key, v));
    }
}
