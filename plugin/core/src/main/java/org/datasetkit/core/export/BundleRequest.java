package org.datasetkit.core.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.datasetkit.core.bag.BagitProfile;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.bag.SpooledFile;
import org.datasetkit.core.bag.TagFile;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.diag.Vocabulary;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.license.LicenseCheckResult;

/**
 * What to bundle.
 *
 * @param datasheet the validated datasheet
 * @param fixity the dataset's files and checksums
 * @param licences the licence check (NOTICE, texts that must travel)
 * @param bagName the bag's base directory name
 * @param target where the bundle goes
 * @param format zip, tar.gz or directory
 * @param compression which zip entries are deflated
 * @param profile the BagIt profile the bag must meet, if any
 * @param timestamp the fixed time of every entry and of Bagging-Date
 * @param softwareAgent for Bag-Software-Agent
 * @param threads how many threads may compress the archive
 * @param stampFile where the stamp of the last archive written is kept, so that an unchanged bundle is not written
 *     again; empty to write it every time
 * @param gatesTurnedOff the gates the user turned off for this build, in words; each is recorded in bag-info.txt
 * @param words how the front end names its settings, for the hints
 * @param versions the RO-Crate and DataCite versions to write
 * @param documents documents made by other stages for the payload (the HTML report), with their paths in it
 * @param spooledDocuments documents made by other stages that grow with the payload ({@code fingerprints.tsv}), already
 *     written to disk with their checksums; listed after {@code documents}
 */
public record BundleRequest(Datasheet datasheet, FixityResult fixity, LicenseCheckResult licences, String bagName, Path target,
        String format, Compression compression, Optional<BagitProfile> profile, Instant timestamp, String softwareAgent,
        int threads, Optional<Path> stampFile, List<String> gatesTurnedOff, Vocabulary words, ExportVersions versions,
        List<TagFile> documents, List<SpooledFile> spooledDocuments) {

    /** A request whose documents from other stages are all in memory. */
    public BundleRequest(Datasheet datasheet, FixityResult fixity, LicenseCheckResult licences, String bagName, Path target,
            String format, Compression compression, Optional<BagitProfile> profile, Instant timestamp, String softwareAgent,
            int threads, Optional<Path> stampFile, List<String> gatesTurnedOff, Vocabulary words, ExportVersions versions,
            List<TagFile> documents) {
        this(datasheet, fixity, licences, bagName, target, format, compression, profile, timestamp, softwareAgent, threads,
                stampFile, gatesTurnedOff, words, versions, documents, List.of());
    }

    /** A request without documents from other stages. */
    public BundleRequest(Datasheet datasheet, FixityResult fixity, LicenseCheckResult licences, String bagName, Path target,
            String format, Compression compression, Optional<BagitProfile> profile, Instant timestamp, String softwareAgent,
            int threads, Optional<Path> stampFile, List<String> gatesTurnedOff, Vocabulary words, ExportVersions versions) {
        this(datasheet, fixity, licences, bagName, target, format, compression, profile, timestamp, softwareAgent, threads,
                stampFile, gatesTurnedOff, words, versions, List.of());
    }

    /** A request for the default metadata versions. */
    public BundleRequest(Datasheet datasheet, FixityResult fixity, LicenseCheckResult licences, String bagName, Path target,
            String format, Compression compression, Optional<BagitProfile> profile, Instant timestamp, String softwareAgent,
            int threads, Optional<Path> stampFile, List<String> gatesTurnedOff, Vocabulary words) {
        this(datasheet, fixity, licences, bagName, target, format, compression, profile, timestamp, softwareAgent, threads,
                stampFile, gatesTurnedOff, words, ExportVersions.defaults());
    }

    public BundleRequest {
        Objects.requireNonNull(datasheet, "datasheet");
        Objects.requireNonNull(fixity, "fixity");
        Objects.requireNonNull(licences, "licences");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(stampFile, "stampFile");
        gatesTurnedOff = List.copyOf(gatesTurnedOff);
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(versions, "versions");
        documents = List.copyOf(documents);
        spooledDocuments = List.copyOf(spooledDocuments);
    }

    /** A request with every gate on. */
    public BundleRequest(Datasheet datasheet, FixityResult fixity, LicenseCheckResult licences, String bagName, Path target,
            String format, Compression compression, Optional<BagitProfile> profile, Instant timestamp, String softwareAgent,
            int threads, Optional<Path> stampFile) {
        this(datasheet, fixity, licences, bagName, target, format, compression, profile, timestamp, softwareAgent, threads,
                stampFile, List.of(), Vocabulary.NEUTRAL);
    }

    /** A request that writes the bundle every time. */
    public BundleRequest(Datasheet datasheet, FixityResult fixity, LicenseCheckResult licences, String bagName, Path target,
            String format, Compression compression, Optional<BagitProfile> profile, Instant timestamp, String softwareAgent,
            int threads) {
        this(datasheet, fixity, licences, bagName, target, format, compression, profile, timestamp, softwareAgent, threads,
                Optional.empty());
    }
}
