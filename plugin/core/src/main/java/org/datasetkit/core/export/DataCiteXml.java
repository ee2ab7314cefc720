package org.datasetkit.core.export;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.datasetkit.core.datasheet.Agent;
import org.datasetkit.core.datasheet.CollectionProcess;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.DateRange;
import org.datasetkit.core.datasheet.Distribution;
import org.datasetkit.core.datasheet.Funding;
import org.datasetkit.core.datasheet.Identifiers;
import org.datasetkit.core.datasheet.LocalizedText;
import org.datasetkit.core.datasheet.Organisation;
import org.datasetkit.core.datasheet.RelatedPublication;
import org.datasetkit.core.datasheet.Source;
import org.datasetkit.core.datasheet.Subject;
import org.datasetkit.core.datasheet.Uses;
import org.datasetkit.core.bag.TagFile;
import org.datasetkit.core.license.SpdxLicenseList;

/**
 * The DataCite Metadata Schema record of the dataset (kernel-4; version 4.6, or 4.7 when asked: the namespace is the
 * same and a 4.6 record is valid 4.7), as registered with a DOI. Rights name the licence three ways that agree: the
 * SPDX id, the licence's URI and the SPDX list's official name. Related identifiers link the sources
 * (IsDerivedFrom), the mirrors (IsIdenticalTo / IsVariantFormOf), the concept DOI (IsVersionOf) and the previous
 * version (IsNewVersionOf). Sizes count every payload file, the generated ones included; the byte count leaves out
 * only the two files that describe the others and so cannot know their own final size (this record and the RO-Crate).
 */
public final class DataCiteXml {

    private static final String NS = "http://datacite.org/schema/kernel-4";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private XMLStreamWriter w;
    private int depth;

    private List<GeneratedFile> generated = List.of();

    /** The XML, or empty when the datasheet has no DOI (DataCite records are DOI registrations). */
    public Optional<String> write(ExportInput in) {
        return write(in, List.of());
    }

    /** @param generated the other generated payload files, counted in the sizes */
    public Optional<String> write(ExportInput in, List<TagFile> generated) {
        return writeCounting(in, generated.stream().map(GeneratedFile::of).toList());
    }

    /** @param generated the other generated payload files, in memory or on disk, counted in the sizes */
    public Optional<String> writeCounting(ExportInput in, List<GeneratedFile> generated) {
        this.generated = List.copyOf(generated);
        Datasheet sheet = in.datasheet();
        if (sheet.doi().isEmpty()) {
            return Optional.empty();
        }
        StringWriter out = new StringWriter();
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            open("resource");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(XSI, "schemaLocation", NS + " https://schema.datacite.org/meta/kernel-"
                    + in.versions().dataCite() + "/metadata.xsd");
            body(in, sheet);
            close();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write DataCite XML", e);
        }
        return Optional.of(out.toString().replace("?><resource", "?>\n<resource") + "\n");
    }

    /** The elements of the resource, in the order kernel-4.6 lists them. */
    private void body(ExportInput in, Datasheet sheet) throws XMLStreamException {
        leaf("identifier", sheet.doi().get(), "identifierType", "DOI");
        open("creators");
        for (Agent c : sheet.creators()) {
            agent("creator", "creatorName", c, null);
        }
        close();
        open("titles");
        text(sheet.title(), "title", null);
        close();
        publisher(sheet.publisher());
        leaf("publicationYear", sheet.datePublished().orElse(in.released().toString()).substring(0, 4));
        leaf("resourceType", sheet.resourceType(), "resourceTypeGeneral", "Dataset");
        subjects(sheet);
        contributors(sheet);
        dates(sheet);
        for (String lang : sheet.language()) {
            leaf("language", lang);
            break; // DataCite takes one primary language
        }
        alternateIdentifiers(sheet.identifiers().alternate());
        relatedIdentifiers(sheet);
        open("sizes");
        // + this record and the RO-Crate, which are written after the others
        leaf("size", (in.fixity().dataset().files().size() + generated.size() + 2) + " files");
        leaf("size", (in.fixity().dataset().totalBytes() + generated.stream().mapToLong(GeneratedFile::size).sum())
                + " bytes");
        close();
        formats(in);
        leaf("version", sheet.version());
        rights(in);
        descriptions(sheet);
        funding(sheet.funding());
    }

    private void publisher(Organisation publisher) throws XMLStreamException {
        if (publisher.ror().isPresent()) {
            leaf("publisher", publisher.name(), "publisherIdentifier", publisher.ror().get(),
                    "publisherIdentifierScheme", "ROR", "schemeURI", "https://ror.org/");
        } else {
            leaf("publisher", publisher.name());
        }
    }

    private void agent(String element, String nameElement, Agent a, String contributorType) throws XMLStreamException {
        if (contributorType == null) {
            open(element);
        } else {
            open(element, "contributorType", contributorType);
        }
        leaf(nameElement, a.name(), "nameType", a.isOrganization() ? "Organizational" : "Personal");
        if (a.givenName().isPresent()) {
            leaf("givenName", a.givenName().get());
        }
        if (a.familyName().isPresent()) {
            leaf("familyName", a.familyName().get());
        }
        if (a.orcid().isPresent()) {
            leaf("nameIdentifier", "https://orcid.org/" + a.orcid().get(), "nameIdentifierScheme", "ORCID",
                    "schemeURI", "https://orcid.org");
        }
        for (Organisation aff : a.affiliations()) {
            if (aff.ror().isPresent()) {
                leaf("affiliation", aff.name(), "affiliationIdentifier", aff.ror().get(),
                        "affiliationIdentifierScheme", "ROR", "schemeURI", "https://ror.org");
            } else {
                leaf("affiliation", aff.name());
            }
        }
        close();
    }

    private void subjects(Datasheet sheet) throws XMLStreamException {
        if (sheet.keywords().isEmpty() && sheet.subjects().isEmpty()) {
            return;
        }
        open("subjects");
        for (String k : sheet.keywords()) {
            leaf("subject", k);
        }
        for (Subject s : sheet.subjects()) {
            String label = s.label().map(LocalizedText::english).orElse(s.code());
            List<String> attributes = new ArrayList<>(List.of("subjectScheme", s.scheme()));
            SubjectSchemes.uri(s.scheme()).ifPresent(uri -> attributes.addAll(List.of("schemeURI", uri)));
            SubjectSchemes.valueUri(s.scheme(), s.code()).ifPresent(uri -> attributes.addAll(List.of("valueURI", uri)));
            attributes.addAll(List.of("classificationCode", s.code()));
            leaf("subject", label, attributes.toArray(String[]::new));
        }
        close();
    }

    private void contributors(Datasheet sheet) throws XMLStreamException {
        open("contributors");
        agent("contributor", "contributorName", sheet.maintenance().maintainer(), "ContactPerson");
        for (Agent c : sheet.contributors()) {
            agent("contributor", "contributorName", c, c.role().orElse("Other"));
        }
        if (sheet.principal().isPresent()) {
            open("contributor", "contributorType", "RightsHolder");
            leaf("contributorName", sheet.principal().get().name(), "nameType", "Organizational");
            close();
        }
        close();
    }

    private void dates(Datasheet sheet) throws XMLStreamException {
        open("dates");
        if (sheet.datePublished().isPresent()) {
            leaf("date", sheet.datePublished().get(), "dateType", "Issued");
        }
        if (sheet.dateCreated().isPresent()) {
            leaf("date", sheet.dateCreated().get(), "dateType", "Created");
        }
        Optional<DateRange> tf = sheet.collection().flatMap(CollectionProcess::timeframe);
        if (tf.isPresent() && tf.get().start().isPresent() && tf.get().end().isPresent()) {
            leaf("date", tf.get().start().get() + "/" + tf.get().end().get(), "dateType", "Collected");
        }
        if (sheet.access().embargoUntil().isPresent()) {
            leaf("date", sheet.access().embargoUntil().get(), "dateType", "Available");
        }
        close();
    }

    private void alternateIdentifiers(List<Identifiers.Alternate> alternates) throws XMLStreamException {
        if (alternates.isEmpty()) {
            return;
        }
        open("alternateIdentifiers");
        for (Identifiers.Alternate a : alternates) {
            leaf("alternateIdentifier", a.value(), "alternateIdentifierType", a.type());
        }
        close();
    }

    private void relatedIdentifiers(Datasheet sheet) throws XMLStreamException {
        List<String[]> related = new ArrayList<>(); // value, type, relation
        sheet.identifiers().conceptDoi().ifPresent(doi -> related.add(new String[] {doi, "DOI", "IsVersionOf"}));
        sheet.identifiers().previousVersionDoi().ifPresent(doi -> related.add(new String[] {doi, "DOI", "IsNewVersionOf"}));
        for (Source s : sheet.sources()) {
            String relation = "reference".equals(s.use()) ? "References" : "IsDerivedFrom";
            s.identifier().flatMap(DataCiteXml::identifier).ifPresent(id -> related.add(new String[] {id[0], id[1], relation}));
        }
        for (Distribution.Mirror m : sheet.distribution().map(Distribution::mirrors).orElse(List.of())) {
            related.add(new String[] {m.url(), "URL", m.relation().orElse("IsIdenticalTo")});
        }
        for (RelatedPublication p : sheet.relatedPublications()) {
            if (p.doi().isPresent()) {
                String relation = p.relation().orElse("IsDescribedBy");
                related.add(new String[] {p.doi().get(), "DOI", relation.equals("Other") ? "References" : relation});
            }
        }
        if (related.isEmpty()) {
            return;
        }
        open("relatedIdentifiers");
        for (String[] r : related) {
            leaf("relatedIdentifier", r[0], "relatedIdentifierType", r[1], "relationType", r[2]);
        }
        close();
    }

    /** A source's identifier as DataCite relates it: a bare DOI, else a URL; anything else is left out. */
    private static Optional<String[]> identifier(String id) {
        Optional<String> doi = IdentifierUrls.doi(id);
        if (doi.isPresent()) {
            return Optional.of(new String[] {doi.get(), "DOI"});
        }
        return IdentifierUrls.url(id).map(url -> new String[] {url, "URL"});
    }

    private void formats(ExportInput in) throws XMLStreamException {
        java.util.Set<String> types = new java.util.TreeSet<>();
        in.fixity().files().forEach(f -> types.add(MediaTypes.of(f.file().path())));
        open("formats");
        for (String type : types) {
            leaf("format", type);
        }
        close();
    }

    private void rights(ExportInput in) throws XMLStreamException {
        open("rightsList");
        String declared = in.datasheet().license().spdx();
        LicenseLabel label = LicenseLabel.of(declared, in.licences());
        Optional<SpdxLicenseList.Listed> listed = label.spdxId().flatMap(id -> new SpdxLicenseList().license(id));
        if (listed.isPresent()) {
            leaf("rights", listed.get().name(), XML, "lang", "en", "rightsURI", label.url(), "rightsIdentifier",
                    listed.get().id(), "rightsIdentifierScheme", "SPDX", "schemeURI", "https://spdx.org/licenses/");
        } else {
            leaf("rights", declared);
        }
        String access = in.datasheet().access().level();
        leaf("rights", "open".equals(access) ? "Open Access" : "restricted".equals(access) ? "Restricted Access" : "Access on request",
                "rightsURI", "open".equals(access) ? "info:eu-repo/semantics/openAccess" : "info:eu-repo/semantics/restrictedAccess");
        close();
    }

    private void descriptions(Datasheet sheet) throws XMLStreamException {
        open("descriptions");
        text(sheet.description(), "description", "Abstract");
        Optional<LocalizedText> methods = sheet.collection().flatMap(CollectionProcess::description);
        if (methods.isPresent()) {
            text(methods.get(), "description", "Methods");
        }
        // Only a plain string: a language map has no one language to prefix "Limitations: " in.
        Optional<LocalizedText> limitations = sheet.uses().flatMap(Uses::limitations).filter(l -> !l.isLanguageMap());
        if (limitations.isPresent()) {
            leaf("description", "Limitations: " + limitations.get().english(), "descriptionType", "TechnicalInfo");
        }
        close();
    }

    private void funding(List<Funding> funding) throws XMLStreamException {
        if (funding.isEmpty()) {
            return;
        }
        open("fundingReferences");
        for (Funding f : funding) {
            open("fundingReference");
            leaf("funderName", f.funderName());
            if (f.funderId().isPresent()) {
                String id = f.funderId().get();
                leaf("funderIdentifier", id, "funderIdentifierType", id.contains("ror.org") ? "ROR" : "Crossref Funder ID");
            }
            if (f.awardNumber().isPresent()) {
                leaf("awardNumber", f.awardNumber().get());
            }
            if (f.awardTitle().isPresent()) {
                leaf("awardTitle", f.awardTitle().get());
            }
            close();
        }
        close();
    }

    /** A text as one element per language (with xml:lang), or one element for a plain string. */
    private void text(LocalizedText text, String element, String descriptionType) throws XMLStreamException {
        for (LocalizedText.Translation t : text.translations()) {
            List<String> attributes = new ArrayList<>();
            t.language().ifPresent(lang -> attributes.addAll(List.of(XML, "lang", lang)));
            if (descriptionType != null) {
                attributes.addAll(List.of("descriptionType", descriptionType));
            }
            leaf(element, t.text(), attributes.toArray(String[]::new));
        }
    }

    private void open(String name, String... attributes) throws XMLStreamException {
        indent();
        w.writeStartElement(name);
        attributes(attributes);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        w.writeEndElement();
    }

    /** An element with text; attributes as name/value pairs, or namespace/name/value when the first is a URI. */
    private void leaf(String name, String value, String... attributes) throws XMLStreamException {
        indent();
        w.writeStartElement(name);
        attributes(attributes);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private void attributes(String... a) throws XMLStreamException {
        for (int i = 0; i < a.length; ) {
            if (a[i].equals(XML)) {
                w.writeAttribute("xml", XML, a[i + 1], a[i + 2]);
                i += 3;
            } else {
                w.writeAttribute(a[i], a[i + 1]);
                i += 2;
            }
        }
    }

    private void indent() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
