package org.datasetkit.core.export;

import java.util.List;
import java.util.Optional;
import org.datasetkit.core.datasheet.Agent;
import org.datasetkit.core.datasheet.Annotation;
import org.datasetkit.core.datasheet.CollectionProcess;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.DateRange;
import org.datasetkit.core.datasheet.Distribution;
import org.datasetkit.core.datasheet.Funding;
import org.datasetkit.core.datasheet.LocalizedText;
import org.datasetkit.core.datasheet.Organisation;
import org.datasetkit.core.datasheet.PersonalData;
import org.datasetkit.core.datasheet.Preprocessing;
import org.datasetkit.core.datasheet.Provenance;
import org.datasetkit.core.datasheet.Source;
import org.datasetkit.core.datasheet.Uses;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code croissant.json}: the Croissant 1.1 description ML platforms read, with the Responsible AI (RAI 1.0) fields
 * from the datasheet, the access and usage terms (so restricted data never reads as open), the upstream sources
 * with their identifiers and checked licences, and the provenance activities. Files and tables are described by
 * {@link CroissantDistribution}.
 */
public final class Croissant {

    public static final String FILE_NAME = "croissant.json";
    static final String CROISSANT_1_1 = "http://mlcommons.org/croissant/1.1";
    static final String RAI_1_0 = "http://mlcommons.org/croissant/RAI/1.0";

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String write(ExportInput in) {
        Datasheet sheet = in.datasheet();
        ObjectNode root = mapper.createObjectNode();
        root.set("@context", CroissantContext.create(mapper));
        root.put("@type", "sc:Dataset");
        root.putArray("conformsTo").add(CROISSANT_1_1).add(RAI_1_0);
        root.put("name", sheet.title().english());
        root.put("description", sheet.description().english());
        root.put("version", sheet.version());
        root.put("datePublished", sheet.datePublished().orElse(in.released().toString().substring(0, 10)));
        links(sheet, root);
        root.put("license", LicenseLabel.of(sheet.license().spdx(), in.licences()).url());
        sheet.citeAs().ifPresent(citation -> root.put("citeAs", citation));
        ArrayNode keywords = root.putArray("keywords");
        sheet.keywords().forEach(keywords::add);
        if (!sheet.language().isEmpty()) {
            ArrayNode languages = root.putArray("inLanguage");
            sheet.language().forEach(languages::add);
        }
        ArrayNode creators = root.putArray("creator");
        sheet.creators().forEach(c -> agent(creators.addObject(), c));
        organisation(root.putObject("publisher"), sheet.publisher());
        funders(sheet.funding(), root);
        access(AccessTerms.of(sheet), root);
        collectionPeriod(sheet, root);
        rai(sheet, root);
        sources(in, root);
        activities(sheet.provenance().activities(), root);
        CroissantDistribution distribution = new CroissantDistribution(in);
        distribution.files(root.putArray("distribution"));
        distribution.recordSets(root.putArray("recordSet"));
        if (root.path("recordSet").isEmpty()) {
            root.remove("recordSet");
        }
        return mapper.writeValueAsString(root) + "\n";
    }

    /** {@code url} (required): the DOI's URL, else the landing page; other places the same data is found as sameAs. */
    private static void links(Datasheet sheet, ObjectNode root) {
        Optional<String> doiUrl = sheet.doi().map(IdentifierUrls::doiUrl);
        Optional<String> url = doiUrl.or(sheet::landingPage);
        url.ifPresent(u -> root.put("url", u));
        ArrayNode same = root.putArray("sameAs");
        sheet.landingPage().filter(page -> doiUrl.isPresent()).ifPresent(same::add);
        sheet.distribution().flatMap(Distribution::canonicalUrl).filter(u -> !url.equals(Optional.of(u))).ifPresent(same::add);
        sheet.distribution().map(Distribution::mirrors).orElse(List.of()).forEach(m -> same.add(m.url()));
        if (same.isEmpty()) {
            root.remove("sameAs");
        }
        sheet.identifiers().conceptDoi().ifPresent(c -> root.putObject("isPartOf").put("@id", IdentifierUrls.doiUrl(c)));
    }

    private static void agent(ObjectNode node, Agent a) {
        node.put("@type", a.isOrganization() ? "sc:Organization" : "sc:Person");
        a.orcid().ifPresent(orcid -> node.put("@id", "https://orcid.org/" + orcid));
        node.put("name", a.name());
        a.orcid().ifPresent(orcid -> node.put("url", "https://orcid.org/" + orcid));
        if (!a.affiliations().isEmpty()) {
            ArrayNode affiliations = node.putArray("affiliation");
            a.affiliations().forEach(o -> organisation(affiliations.addObject(), o));
        }
    }

    private static void organisation(ObjectNode node, Organisation o) {
        node.put("@type", "sc:Organization");
        o.ror().ifPresent(ror -> node.put("@id", ror));
        node.put("name", o.name());
    }

    private static void funders(List<Funding> funding, ObjectNode root) {
        if (funding.isEmpty()) {
            return;
        }
        ArrayNode funders = root.putArray("funder");
        for (Funding f : funding) {
            ObjectNode o = funders.addObject().put("@type", "sc:Organization");
            f.funderId().flatMap(IdentifierUrls::url).ifPresent(id -> o.put("@id", id));
            o.put("name", f.funderName());
        }
    }

    /** schema.org's access terms (Croissant has none of its own) and DUO codes as usageInfo. */
    private static void access(AccessTerms terms, ObjectNode root) {
        root.put("isAccessibleForFree", terms.free());
        root.put("conditionsOfAccess", terms.conditions());
        if (terms.usage().isEmpty() && terms.dataUseAgreement().isEmpty()) {
            return;
        }
        ArrayNode usage = root.putArray("usageInfo");
        for (AccessTerms.Term t : terms.usage()) {
            ObjectNode term = usage.addObject().put("@type", "sc:DefinedTerm");
            t.url().ifPresent(u -> term.put("@id", u));
            term.put("name", t.name()).put("termCode", t.code());
            t.url().ifPresent(u -> term.put("url", u));
        }
        terms.dataUseAgreement().ifPresent(dua -> usage.addObject().put("@type", "sc:CreativeWork")
                .put("name", "Data use agreement").put("url", dua));
    }

    /** The collection period as one ISO 8601 interval; an open end is "..". */
    private static void collectionPeriod(Datasheet sheet, ObjectNode root) {
        Optional<DateRange> tf = sheet.collection().flatMap(CollectionProcess::timeframe);
        if (tf.isPresent() && (tf.get().start().isPresent() || tf.get().end().isPresent())) {
            String interval = tf.get().start().orElse("..") + "/" + tf.get().end().orElse("..");
            root.put("temporalCoverage", interval);
            root.put("rai:dataCollectionTimeframe", interval);
        }
    }

    /** The Responsible AI fields, each where the datasheet says something about it. */
    private static void rai(Datasheet sheet, ObjectNode root) {
        Optional<CollectionProcess> collection = sheet.collection();
        Optional<Preprocessing> preprocessing = sheet.preprocessing();
        Optional<Annotation> annotation = sheet.annotation();
        Optional<Uses> uses = sheet.uses();
        text(root, "rai:dataCollection", collection.flatMap(CollectionProcess::description));
        if (collection.isPresent() && !collection.get().methods().isEmpty()) {
            ArrayNode list = root.putArray("rai:dataCollectionType");
            collection.get().methods().forEach(list::add);
        }
        text(root, "rai:dataCollectionRawData", preprocessing.flatMap(Preprocessing::rawDataWhere));
        text(root, "rai:dataPreprocessingProtocol", preprocessing.flatMap(Preprocessing::steps));
        text(root, "rai:dataAnnotationProtocol", annotation.flatMap(Annotation::protocol));
        annotation.flatMap(Annotation::platform).ifPresent(p -> root.put("rai:dataAnnotationPlatform", p));
        text(root, "rai:dataUseCases", uses.flatMap(Uses::intended));
        text(root, "rai:dataLimitations", uses.flatMap(Uses::limitations));
        text(root, "rai:dataBiases", uses.flatMap(Uses::biases));
        text(root, "rai:dataSocialImpact", uses.flatMap(Uses::socialImpact));
        sheet.personalData().flatMap(PersonalData::deidentification)
                .ifPresent(d -> root.put("rai:dataManipulationProtocol", d.method()));
        text(root, "rai:dataReleaseMaintenancePlan", sheet.maintenance().updatePlan());
        sheet.personalData().ifPresent(pd -> root.put("rai:personalSensitiveInformation", sensitiveInformation(pd)));
    }

    private static String sensitiveInformation(PersonalData pd) {
        if (!pd.contains()) {
            return "No personal data";
        }
        return "Contains personal data" + (pd.types().isEmpty() ? "" : ": " + String.join(", ", pd.types()))
                + (pd.sensitive().orElse(false) ? " (sensitive)" : "");
    }

    private static void text(ObjectNode root, String key, Optional<LocalizedText> value) {
        value.ifPresent(v -> root.put(key, v.english()));
    }

    /** Upstream datasets, linkable by their identifier's URL, with the licence the licence check read. */
    private static void sources(ExportInput in, ObjectNode root) {
        List<Source> sources = in.datasheet().sources();
        if (sources.isEmpty()) {
            return;
        }
        ArrayNode derived = root.putArray("prov:wasDerivedFrom");
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            ObjectNode src = derived.addObject();
            Optional<String> url = s.identifier().flatMap(IdentifierUrls::url);
            url.ifPresent(u -> src.put("@id", u));
            src.put("@type", "sc:Dataset");
            src.put("name", s.title());
            s.identifier().ifPresent(id -> src.put("identifier", id));
            url.ifPresent(u -> src.put("url", u));
            s.version().ifPresent(v -> src.put("version", v));
            src.put("license", SourceLicences.label(in.licences(), i, s).url());
            s.modifications().ifPresent(m -> src.put("description", "Changes made: " + m.english()));
        }
    }

    /** What was done to make the data (provenance.activities), as PROV-O activities. */
    private static void activities(List<Provenance.Activity> activities, ObjectNode root) {
        if (activities.isEmpty()) {
            return;
        }
        ArrayNode generated = root.putArray("prov:wasGeneratedBy");
        for (Provenance.Activity a : activities) {
            ObjectNode activity = generated.addObject().put("@type", "prov:Activity");
            activity.put("prov:label", a.type());
            activity.put("description", a.description().english());
            a.start().ifPresent(t -> activity.put("prov:startedAtTime", t));
            a.end().ifPresent(t -> activity.put("prov:endedAtTime", t));
            if (!a.agents().isEmpty()) {
                ArrayNode agents = activity.putArray("prov:wasAssociatedWith");
                a.agents().forEach(name -> agents.addObject().put("@type", "prov:Agent").put("name", name));
            }
        }
    }
}
