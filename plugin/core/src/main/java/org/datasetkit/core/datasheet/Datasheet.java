package org.datasetkit.core.datasheet;

import java.util.List;
import java.util.Optional;

/**
 * A validated datasheet, every section the schema defines as typed values, in the schema's order. Built only by
 * {@link TypedDatasheetReader} from a document the schema accepted, so required values are present; optional ones
 * are empty, never null. Later stages read these records, never the parsed tree: a key renamed in the schema is
 * one change in the reader, and the compiler finds every use.
 *
 * @param schemaVersion the schema version the datasheet is written for ("1.0")
 * @param profiles the obligation profiles selected (core, medical, snd)
 * @param version the release's semantic version
 * @param datePublished {@code YYYY-MM-DD}
 * @param language BCP 47 codes
 * @param resourceType Dataset (the default), Image or Collection
 * @param responsibleUnit the department or unit responsible for the data (SND)
 * @param otherProtectedInformation trade secrets, security classified (SND)
 * @param collection the collection process ({@code collection})
 * @param citeAs the preferred citation
 */
public record Datasheet(
        String schemaVersion,
        List<String> profiles,
        LocalizedText title,
        LocalizedText description,
        String version,
        Optional<String> datePublished,
        Optional<String> dateCreated,
        List<String> keywords,
        List<Subject> subjects,
        List<String> language,
        String resourceType,
        Identifiers identifiers,
        Optional<String> landingPage,
        List<Agent> creators,
        List<Agent> contributors,
        Organisation publisher,
        Optional<Organisation> principal,
        Optional<String> responsibleUnit,
        List<Funding> funding,
        License license,
        Access access,
        Provenance provenance,
        Optional<PersonalData> personalData,
        Optional<Ethics> ethics,
        Optional<Uses> uses,
        Maintenance maintenance,
        List<DocumentationFile> documentation,
        List<UsageCondition> usageConditions,
        Optional<Boolean> otherProtectedInformation,
        Optional<Motivation> motivation,
        Optional<Composition> composition,
        Optional<CollectionProcess> collection,
        Optional<Preprocessing> preprocessing,
        Optional<Annotation> annotation,
        List<RelatedPublication> relatedPublications,
        Optional<String> citeAs,
        Optional<Distribution> distribution) {

    public Datasheet {
        profiles = List.copyOf(profiles);
        keywords = List.copyOf(keywords);
        subjects = List.copyOf(subjects);
        language = List.copyOf(language);
        creators = List.copyOf(creators);
        contributors = List.copyOf(contributors);
        funding = List.copyOf(funding);
        documentation = List.copyOf(documentation);
        usageConditions = List.copyOf(usageConditions);
        relatedPublications = List.copyOf(relatedPublications);
    }

    /** The DOI of this version, bare ({@code identifiers.doi}). */
    public Optional<String> doi() {
        return identifiers.doi();
    }

    /** The upstream sources ({@code provenance.sources}), in order. */
    public List<Source> sources() {
        return provenance.sources();
    }
}
