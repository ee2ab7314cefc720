package org.datasetkit.core.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.bag.BagitProfile;
import org.datasetkit.core.bag.FetchEntry;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Vocabulary;
import org.datasetkit.core.diff.PreviousBundle;
import org.datasetkit.core.diff.ReleaseDiff;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FileFixity;
import org.datasetkit.core.fixity.FixityResult;

/**
 * The files an incremental bag carries by reference: those of this release that the previous release holds under the
 * same path with the same SHA-256 (the diff's "unchanged"), each as a fetch.txt line to where the previous release
 * keeps it. Read from the previous bundle's manifest alone; no payload file is read for it.
 */
final class CarriedFiles {

    private final BuildSettings settings;

    CarriedFiles(BuildSettings settings) {
        this.settings = settings;
    }

    /** The fetch.txt lines; none when the bundle is not incremental or there is no previous release. */
    List<FetchEntry> of(Datasheet sheet, FixityResult fixity, Optional<ReleaseDiff> diff, Optional<BagitProfile> profile)
            throws IOException, DatasetException {
        IncrementalSettings incremental = settings.bundle().incremental();
        if (!incremental.fetch()) {
            return List.of();
        }
        String setting = settings.words().setting(Vocabulary.Setting.INCREMENTAL);
        if (profile.isPresent() && !profile.get().allowsFetch()) {
            throw new DatasetException(Diagnostic.error("bundle.fetch-not-allowed", "", "an incremental bag carries "
                    + "unchanged files in fetch.txt, which the " + profile.get().name() + " BagIt profile does not allow"
                    + " (Allow-Fetch.txt: false)", "set " + setting + " to none for this profile, or bag for a profile "
                    + "that allows fetch.txt (snd-doris)"));
        }
        if (diff.isEmpty() || settings.diff().previous().isEmpty()) {
            return List.of(); // a first release carries every file
        }
        if (!fixity.algorithms().contains(DigestAlgorithm.SHA256)) {
            throw new DatasetException(Diagnostic.error("bundle.fetch-needs-sha256", "", "an incremental bag carries a "
                    + "file only when its SHA-256 is the previous release's, and this build computes no SHA-256",
                    "add sha256 to " + settings.words().setting(Vocabulary.Setting.ALGORITHMS) + ", or set " + setting
                            + " to none"));
        }
        try (PreviousBundle previous = PreviousBundle.open(settings.diff().previous().get(), DigestAlgorithm.SHA256)) {
            String base = "../" + storageName(sheet, previous, diff.get().previousVersion()) + "/data/";
            Map<String, String> before = previous.manifest();
            List<FetchEntry> carried = new ArrayList<>();
            for (FileFixity f : fixity.files()) {
                String path = f.file().path();
                if (f.digest(DigestAlgorithm.SHA256).equals(before.get(path))) {
                    carried.add(new FetchEntry(incremental.url(diff.get().previousVersion(), base, path), f.file().size(),
                            f.file().bagPath()));
                }
            }
            return carried;
        }
    }

    /**
     * The previous release's folder beside this one: SND's storage service keeps each version of a dataset in
     * {@code <SND id>-<version>} (the bag's Internal-Sender-Identifier), other bags are known by their own name.
     */
    private static String storageName(Datasheet sheet, PreviousBundle previous, String previousVersion) {
        return sheet.identifiers().alternate().stream().filter(a -> a.type().equalsIgnoreCase("SND")).findFirst()
                .map(a -> a.value() + "-" + previousVersion).orElse(previous.bagName());
    }
}
