package org.datasetkit.core.datasheet;

import java.util.Optional;

/**
 * Reads a datasheet the schema accepted into {@link Datasheet}'s records, once. This is the one place that names
 * the datasheet's keys for later stages; the validation classes read the tree themselves.
 */
public final class TypedDatasheetReader {

    private TypedDatasheetReader() {}

    /** The records of a parsed datasheet; it must be schema-valid (types and required members are not re-checked). */
    public static Datasheet read(ParsedDatasheet parsed) {
        DatasheetNode t = DatasheetNode.root(parsed);
        return new Datasheet(
                t.string("schemaVersion"),
                t.strings("profiles"),
                t.text("title"),
                t.text("description"),
                t.string("version"),
                t.optionalString("datePublished"),
                t.optionalString("dateCreated"),
                t.strings("keywords"),
                t.list("subjects", TypedDatasheetReader::subject),
                t.strings("language"),
                t.optionalString("resourceType").orElse("Dataset"),
                identifiers(t.get("identifiers")),
                t.optionalString("landingPage"),
                t.list("creators", TypedDatasheetReader::agent),
                t.list("contributors", TypedDatasheetReader::agent),
                organisation(t.get("publisher")),
                t.optional("principal", TypedDatasheetReader::organisation),
                t.optionalString("responsibleUnit"),
                t.list("funding", TypedDatasheetReader::funding),
                license(t.get("license")),
                access(t.get("access")),
                provenance(t.get("provenance")),
                t.optional("personalData", TypedDatasheetReader::personalData),
                t.optional("ethics", TypedDatasheetReader::ethics),
                t.optional("uses", TypedDatasheetReader::uses),
                maintenance(t.get("maintenance")),
                t.list("documentation", TypedDatasheetReader::documentationFile),
                t.list("usageConditions", TypedDatasheetReader::usageCondition),
                t.optionalBoolean("otherProtectedInformation"),
                t.optional("motivation", TypedDatasheetReader::motivation),
                t.optional("composition", TypedDatasheetReader::composition),
                t.optional("collection", TypedDatasheetReader::collection),
                t.optional("preprocessing", TypedDatasheetReader::preprocessing),
                t.optional("annotation", TypedDatasheetReader::annotation),
                t.list("relatedPublications", TypedDatasheetReader::relatedPublication),
                t.optionalString("citeAs"),
                t.optional("distribution", TypedDatasheetReader::distribution));
    }

    private static Subject subject(DatasheetNode n) {
        return new Subject(n.string("scheme"), n.string("code"), n.optionalText("label"));
    }

    private static Identifiers identifiers(DatasheetNode n) {
        return new Identifiers(n.optionalString("doi"), n.optionalString("conceptDoi"), n.optionalString("previousVersionDoi"),
                n.list("alternate", a -> new Identifiers.Alternate(a.string("type"), a.string("value"))));
    }

    private static Agent agent(DatasheetNode n) {
        return new Agent(n.string("name"), n.optionalString("givenName"), n.optionalString("familyName"),
                n.optionalString("type"), n.optionalString("orcid"), n.optionalString("email"), n.optionalString("role"),
                n.list("affiliations", TypedDatasheetReader::organisation));
    }

    private static Organisation organisation(DatasheetNode n) {
        return new Organisation(n.string("name"), n.optionalString("ror"));
    }

    private static Funding funding(DatasheetNode n) {
        return new Funding(n.string("funderName"), n.optionalString("funderId"), n.optionalString("awardNumber"),
                n.optionalString("awardTitle"));
    }

    private static License license(DatasheetNode n) {
        return new License(n.string("spdx"), n.get("spdx").location(), n.optionalString("name"), n.optionalString("url"),
                n.optionalString("textFile"),
                n.list("files", f -> new License.PathLicense(f.strings("paths"), f.string("spdx"), f.get("spdx").location())),
                n.optional("additionalTerms", a -> new License.AdditionalTerms(a.optionalString("dua"),
                        a.optionalBoolean("attributionRequired"))));
    }

    private static Access access(DatasheetNode n) {
        return new Access(n.string("level"), n.optionalString("embargoUntil"), n.optionalText("conditions"));
    }

    private static Provenance provenance(DatasheetNode n) {
        return new Provenance(n.string("origin"), n.list("sources", TypedDatasheetReader::source),
                n.list("activities", a -> new Provenance.Activity(a.string("type"), a.text("description"),
                        a.optionalString("start"), a.optionalString("end"), a.strings("agents"),
                        a.list("software", TypedDatasheetReader::software))),
                n.get("sources").keyLocation());
    }

    private static Source source(DatasheetNode n) {
        return new Source(n.location(), n.string("title"), n.optionalString("identifier"), n.optionalString("version"),
                n.string("license"), n.get("license").location(), n.string("use"), n.optionalString("retrievedOn"),
                n.optionalString("creator"), n.optionalText("modifications"), n.strings("paths"),
                n.optional("licenseReview", r -> new Source.LicenseReview(r.string("reviewer"), r.string("date"),
                        r.text("conclusion"))), n.optionalString("fingerprints"));
    }

    private static Software software(DatasheetNode n) {
        return new Software(n.string("name"), n.optionalString("version"), n.optionalString("url"));
    }

    private static PersonalData personalData(DatasheetNode n) {
        return new PersonalData(n.get("contains").booleanValue(), n.optionalBoolean("sensitive"), n.strings("types"),
                n.optionalBoolean("codeKeyRetained"),
                n.optional("deidentification", TypedDatasheetReader::deidentification));
    }

    private static Deidentification deidentification(DatasheetNode n) {
        return new Deidentification(n.string("method"), n.optionalString("tool"), n.optionalText("residualRisk"),
                n.strings("options"),
                n.optional("pseudonymPattern", p -> new Deidentification.PseudonymPattern(p.string(), p.location())),
                n.strings("dummyValues"), n.strings("privateCreators"));
    }

    private static Ethics ethics(DatasheetNode n) {
        return new Ethics(n.optionalBoolean("reviewRequired"),
                n.list("approvals", a -> new Ethics.Approval(a.string("body"), a.string("referenceNumber"),
                        a.optionalString("date"), a.optionalText("scope"))),
                n.optional("consent", c -> new Ethics.Consent(c.optionalString("basis"), c.optionalText("description"))),
                n.optionalString("legalBasis"),
                n.optional("dpia", TypedDatasheetReader::impactAssessment));
    }

    /** {@code dpia} is a yes/no or the assessment's reference, which means one was made. */
    private static Ethics.ImpactAssessment impactAssessment(DatasheetNode n) {
        return n.isBoolean() ? new Ethics.ImpactAssessment(n.booleanValue(), Optional.empty())
                : new Ethics.ImpactAssessment(true, Optional.of(n.string()));
    }

    private static Uses uses(DatasheetNode n) {
        return new Uses(n.optionalText("intended"), n.optionalText("outOfScope"), n.optionalText("limitations"),
                n.optionalText("biases"), n.optionalText("socialImpact"),
                n.list("priorUses", p -> new Uses.PriorUse(p.text("citation"), p.optionalString("doi"))));
    }

    private static Maintenance maintenance(DatasheetNode n) {
        return new Maintenance(agent(n.get("maintainer")), n.string("contact"), n.optionalText("updatePlan"),
                n.optionalText("versioningPolicy"), n.optionalText("retention"), n.optionalText("oldVersionsPolicy"),
                n.optionalText("contributionMechanism"), n.optionalString("erratumUrl"));
    }

    private static DocumentationFile documentationFile(DatasheetNode n) {
        return new DocumentationFile(n.string("path"), n.optionalString("role"), n.optionalString("language"));
    }

    private static UsageCondition usageCondition(DatasheetNode n) {
        return new UsageCondition(n.string("scheme"), n.string("code"), n.optionalText("label"));
    }

    private static Motivation motivation(DatasheetNode n) {
        return new Motivation(n.optionalText("purpose"), n.strings("tasks"), n.optionalText("creatorsRationale"));
    }

    private static Composition composition(DatasheetNode n) {
        return new Composition(n.optionalText("instanceDescription"), n.optionalLong("instanceCount"),
                n.strings("modalities"), n.strings("dataKinds"),
                n.optional("labels", l -> new Composition.Labels(l.optionalText("description"), l.optionalText("source"),
                        l.strings("classes"), l.optionalString("file"), l.optionalString("column"),
                        l.optionalString("splitColumn"), labelTable(l))),
                n.list("splits", s -> new Composition.Split(s.string("name"), s.optionalLong("count"),
                        s.optionalText("definition"), s.optionalString("folder"))),
                n.optionalText("missingData"), n.optionalText("errorsNoise"), n.optionalText("externalResources"),
                n.optional("subpopulations", s -> new Composition.Subpopulations(s.strings("attributes"),
                        s.optionalText("distribution"))));
    }

    /** The label table as one value, when the datasheet names both the file and its label column. */
    private static Optional<Composition.LabelTable> labelTable(DatasheetNode l) {
        if (l.optionalString("file").isEmpty() || l.optionalString("column").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Composition.LabelTable(l.string("file"), l.get("file").location(), l.string("column"),
                l.get("column").location(), l.optionalString("splitColumn"),
                l.optional("splitColumn", DatasheetNode::location), l.optionalString("fileColumn"),
                l.optional("fileColumn", DatasheetNode::location)));
    }

    private static CollectionProcess collection(DatasheetNode n) {
        return new CollectionProcess(n.strings("methods"), n.optionalText("description"),
                n.optional("timeframe", r -> new DateRange(r.optionalString("start"), r.optionalString("end"))),
                n.strings("geographicCoverage"), n.optionalText("population"), n.optionalText("sampling"),
                n.list("instruments", i -> new CollectionProcess.Instrument(i.string("manufacturer"),
                        i.optionalString("model"))));
    }

    private static Preprocessing preprocessing(DatasheetNode n) {
        return new Preprocessing(n.optionalText("steps"), n.optionalBoolean("rawDataAvailable"),
                n.optionalText("rawDataWhere"), n.list("software", TypedDatasheetReader::software));
    }

    private static Annotation annotation(DatasheetNode n) {
        return new Annotation(n.optionalText("protocol"),
                n.optional("annotators", a -> new Annotation.Annotators(a.optionalString("type"),
                        a.optionalText("expertise"), a.optionalLong("count"))),
                n.optionalDecimal("perItem"), n.optionalString("platform"), n.optionalText("agreement"));
    }

    private static RelatedPublication relatedPublication(DatasheetNode n) {
        return new RelatedPublication(n.optionalString("doi"), n.optionalString("relation"), n.text("citation"));
    }

    private static Distribution distribution(DatasheetNode n) {
        return new Distribution(n.optionalString("canonicalUrl"), n.optionalText("redistributionPolicy"),
                n.list("mirrors", m -> new Distribution.Mirror(m.optionalString("platform"), m.string("url"),
                        m.optionalString("relation"))),
                n.optionalString("status"));
    }
}
