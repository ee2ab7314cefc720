package org.datasetkit.core.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.datasetkit.core.bag.BagWriteResult;
import org.datasetkit.core.bag.BagitProfile;
import org.datasetkit.core.bag.TagFile;
import org.datasetkit.core.copies.CopiesResult;
import org.datasetkit.core.copies.FingerprintFile;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Vocabulary;
import org.datasetkit.core.export.BundleBuilder;
import org.datasetkit.core.export.BundleRequest;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.license.LicenseCheckResult;

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

    BagWriteResult run(Datasheet sheet, LicenseCheckResult licences, FixityResult fixity, Optional<CopiesResult> copies)
            throws IOException, DatasetException {
        BundleSettings b = settings.bundle();
        Path target = target(sheet);
        // one stamp per archive name: two executions writing a zip and a tar.gz keep both
        Optional<Path> stamp = settings.fixity().force() ? Optional.empty()
                : Optional.of(settings.location().workDirectory().resolve(target.getFileName() + ".stamp"));
        List<String> off = settings.gates().turnedOff().stream().sorted().map(Stage::words).toList();
        BundleRequest request = new BundleRequest(sheet, fixity, licences, bagName(sheet), target, b.format(),
                b.compression(), profile(sheet), timestamp(sheet), DatasetkitVersion.softwareAgent(), settings.threads(),
                stamp, off, settings.words(), fingerprints(sheet, copies));
        return new BundleBuilder().build(request);
    }

    /** The fingerprints travel in the bag so that anyone can check a later copy against this release. */
    private static List<TagFile> fingerprints(Datasheet sheet, Optional<CopiesResult> copies) {
        return copies.map(c -> List.of(new TagFile("metadata/" + FingerprintFile.FILE_NAME,
                CopiesStage.fingerprintText(sheet, c).getBytes(StandardCharsets.UTF_8)))).orElse(List.of());
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

    /** "Bundle: target/x-1.0.0.zip (20 payload files, 1.2 MB, written in 0.4 s)". */
    static String summary(BagWriteResult written) {
        String how = written.kept() ? "unchanged since the last build, kept as it was"
                : "written in " + InWords.seconds(written.elapsed());
        return String.format(Locale.ROOT, "Bundle: %s (%,d payload files, %s, %s)", written.archive(),
                written.payloadFiles(), InWords.size(written.archiveBytes()), how);
    }
}
