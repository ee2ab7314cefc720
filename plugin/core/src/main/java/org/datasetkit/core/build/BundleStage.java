package org.datasetkit.core.build;

import org.datasetkit.core.diag.InWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.datasetkit.core.bag.PortableNames;
import org.datasetkit.core.bag.BagWriteResult;
import org.datasetkit.core.bag.BagitProfile;
import org.datasetkit.core.bag.FetchEntry;
import org.datasetkit.core.bag.SpooledFile;
import org.datasetkit.core.bag.TagFile;
import org.datasetkit.core.copies.CopiesResult;
import org.datasetkit.core.copies.FingerprintFile;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.Vocabulary;
import org.datasetkit.core.diff.ReleaseDiff;
import org.datasetkit.core.export.BundleBuilder;
import org.datasetkit.core.export.BundleRequest;
import org.datasetkit.core.export.ExportInput;
import org.datasetkit.core.export.CycloneDxBom;
import org.datasetkit.core.export.HuggingFaceCard;
import org.datasetkit.core.export.SpdxDataset;
import org.datasetkit.core.output.AtomicFile;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.license.LicenseCheckResult;
import org.datasetkit.core.report.DatasheetReport;
import org.datasetkit.core.report.ReportResult;

/** The bag, written from the results of the stages before it (or kept, when it already is what they describe). */
final class BundleStage {

    private final BuildSettings settings;

    BundleStage(BuildSettings settings) {
        this.settings = settings;
    }

    /** The bag's name: the front end's ({@code <artifactId>-<version>}), or the dataset folder's and the version. */
    String bagName(Datasheet sheet) {
        return settings.bundle().baseName()
                .orElseGet(() -> settings.location().root().getFileName() + "-" + sheet.version());
    }

    Path target(Datasheet sheet) {
        return settings.bundle().target(settings.location().outputRoot(), bagName(sheet));
    }

    /** The files carried from the previous release by fetch.txt: none unless the bundle is incremental. */
    List<FetchEntry> carried(Datasheet sheet, FixityResult fixity, Optional<ReleaseDiff> diff)
            throws IOException, DatasetException {
        return new CarriedFiles(settings).of(sheet, fixity, diff, profile(sheet));
    }

    BagWriteResult run(Datasheet sheet, LicenseCheckResult licences, FixityResult fixity, Optional<CopiesResult> copies,
            Optional<ReleaseDiff> diff, ReportResult report, List<FetchEntry> carried)
            throws IOException, DatasetException {
        BundleSettings b = settings.bundle();
        Path target = target(sheet);
        Optional<Path> stamp = stamp(target);
        List<String> off = settings.gates().turnedOff().stream().sorted().map(Stage::words).toList();
        BundleRequest request = new BundleRequest(sheet, fixity, licences, bagName(sheet), target, b.format(),
                b.compression(), profile(sheet), timestamp(sheet), DatasetkitVersion.softwareAgent(), settings.threads(),
                stamp, off, settings.words(), b.versions(),
                List.of(new TagFile(DatasheetReport.BAG_NAME, report.bytes())), fingerprints(sheet, fixity, copies));
        // the documents the bag carries that travel on their own too, beside it, for the front end to attach: the
        // card for community platforms, the SPDX document and the CycloneDX BOM for supply-chain tools (these two grow
        // with the payload: copied from the files the bundle wrote, not written again)
        DatasetLocation location = settings.location();
        Map<String, Path> beside = new HashMap<>();
        if (b.versions().spdx()) {
            beside.put(SpdxDataset.PATH, spdxDocument(location));
        } else {
            Files.deleteIfExists(spdxDocument(location));
        }
        if (b.versions().cycloneDx()) {
            beside.put(CycloneDxBom.PATH, cycloneDxBom(location));
        } else {
            Files.deleteIfExists(cycloneDxBom(location));
        }
        BagWriteResult written = new BundleBuilder().build(request, ReleaseFiles.of(sheet, diff).withFetched(carried),
                beside);
        ExportInput input = new ExportInput(sheet, fixity, licences, request.timestamp(), b.versions());
        copy(huggingFaceCard(location), Optional.of(new HuggingFaceCard().write(input)));
        return written;
    }

    /** The record of the archive last written at {@code target}; none when the user forces a rewrite. */
    Optional<Path> stamp(Path target) {
        // one stamp per archive name: two executions writing a zip and a tar.gz keep both
        return settings.fixity().force() ? Optional.empty()
                : Optional.of(settings.location().workDirectory().resolve(target.getFileName() + ".stamp"));
    }

    /** Writes the copy, or removes an earlier build's when the document is turned off, so none is attached. */
    private static void copy(Path file, Optional<String> text) throws IOException {
        if (text.isPresent()) {
            AtomicFile.writeIfChanged(file, text.get().getBytes(StandardCharsets.UTF_8));
        } else {
            Files.deleteIfExists(file);
        }
    }

    /** Where the bundle's Hugging Face dataset card is copied, beside the bundle's other outputs. */
    static Path huggingFaceCard(DatasetLocation location) {
        return location.workDirectory().resolve("huggingface").resolve("README.md");
    }

    /** Where the bundle's SPDX document is copied. */
    static Path spdxDocument(DatasetLocation location) {
        return location.workDirectory().resolve("dataset.spdx.json");
    }

    /** Where the bundle's CycloneDX BOM is copied. */
    static Path cycloneDxBom(DatasetLocation location) {
        return location.workDirectory().resolve("dataset.cdx.json");
    }

    /**
     * The payload names common BagIt tools mishandle: warnings, or errors when the chosen profile's consumers read
     * bags with those tools (snd-bagger), with the user's severities applied.
     */
    Diagnostics names(Datasheet sheet, FixityResult fixity) throws DatasetException {
        Optional<BagitProfile> profile = profile(sheet);
        boolean strict = profile.map(p -> p.name().equals(BagitProfile.SND_BAGGER)).orElse(false);
        List<String> paths = fixity.files().stream().map(f -> f.file().path()).toList();
        return settings.gates().severities().apply(PortableNames.check(paths, strict, profile.map(BagitProfile::name).orElse("")));
    }

    /**
     * The fingerprints, which travel in the bag so that anyone can check a later copy against this release: written
     * line by line to {@code target/dataset/bundle/} with their checksums, then copied into the bag (at a million files
     * the text is 130 MB, which the bag used to hold as one string and one byte array).
     */
    private List<SpooledFile> fingerprints(Datasheet sheet, FixityResult fixity, Optional<CopiesResult> copies)
            throws IOException {
        if (copies.isEmpty()) {
            return List.of();
        }
        String name = CopiesStage.fingerprintName(sheet);
        Path file = settings.location().workDirectory().resolve("bundle").resolve(FingerprintFile.FILE_NAME);
        return List.of(SpooledFile.write(file, FingerprintFile.BAG_PATH, fixity.algorithms(),
                out -> FingerprintFile.write(name, copies.get().fingerprints().files(), out)));
    }

    private Optional<BagitProfile> profile(Datasheet sheet) throws DatasetException {
        try {
            return BagitProfile.choose(settings.bundle().bagitProfile().orElse(null), sheet.profiles().contains("snd"),
                    settings.location().root());
        } catch (IOException e) { // the datasheet stage reported it already; a changed file is caught here too
            throw new DatasetException(Diagnostic.error("bag.profile-unreadable",
                    settings.bundle().bagitProfile().orElse(""), e.getMessage(), "name a BagIt profile JSON file"));
        }
    }

    private Instant timestamp(Datasheet sheet) throws DatasetException {
        try {
            Optional<Instant> chosen = EntryTime.of(settings, sheet);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        } catch (IllegalArgumentException e) {
            // reported by the datasheet stage; not reached through DatasetBuild
        }
        throw new DatasetException(Diagnostic.error("bundle.no-timestamp", "", "no fixed time for the bundle's entries",
                "set " + settings.words().setting(Vocabulary.Setting.OUTPUT_TIMESTAMP) + " or datePublished in the datasheet"));
    }

    /** "Incremental: 18 unchanged files (1.2 MB) carried from 1.0.0 by fetch.txt, not copied". */
    static String carriedSummary(List<FetchEntry> carried, String previousName) {
        long bytes = carried.stream().mapToLong(FetchEntry::length).sum();
        return String.format(Locale.ROOT, "Incremental: %,d unchanged file(s) (%s) carried from %s by fetch.txt, not copied",
                carried.size(), InWords.size(bytes), previousName);
    }

    /** "Bundle: target/x-1.0.0.zip (20 payload files, 1.2 MB, written in 0.4 s)". */
    static String summary(BagWriteResult written) {
        String how = written.kept() ? "unchanged since the last build, kept as it was"
                : "written in " + InWords.seconds(written.elapsed());
        return String.format(Locale.ROOT, "Bundle: %s (%,d payload files, %s, %s)", written.archive(),
                written.payloadFiles(), InWords.size(written.archiveBytes()), how);
    }
}
