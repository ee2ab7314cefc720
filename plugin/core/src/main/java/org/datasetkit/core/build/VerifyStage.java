package org.datasetkit.core.build;

import org.datasetkit.core.diag.InWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.datasetkit.core.bag.HoleyBagResult;
import org.datasetkit.core.bag.HoleyBagVerifier;
import org.datasetkit.core.bag.VerificationResult;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Vocabulary;

/** Re-opens a bag, folder or archive, and proves it complete and valid (RFC 8493). */
final class VerifyStage {

    /**
     * @param previous the previous release's bundle: the files the bag's fetch.txt lists are read from it and checked
     */
    HoleyBagResult run(Path bag, Optional<Path> previous) throws IOException, DatasetException {
        if (!Files.exists(bag, LinkOption.NOFOLLOW_LINKS)) {
            throw new DatasetException(Diagnostic.error("bag.missing", bag.toString(), "there is no bag at this path",
                    "build the bundle first, or name an existing bag folder or archive"));
        }
        if (!Files.isDirectory(bag) && !Files.isRegularFile(bag)) {
            // a FIFO or a device would block or never end: only folders and regular files are bags
            throw new DatasetException(Diagnostic.error("bag.not-a-file", bag.toString(),
                    "not a folder or a regular file, so not a bag", "name a bag folder, zip, tar or tar.gz"));
        }
        return new HoleyBagVerifier().verify(bag, previous);
    }

    /** "Bag x-1.0.0 is complete and valid: 20 payload files, 1.2 MB checked". */
    static String summary(VerificationResult result) {
        return String.format(Locale.ROOT, "Bag %s is complete and valid: %,d payload files, %s checked", result.bagName(),
                result.payloadFiles(), InWords.size(result.payloadBytes()));
    }

    /** The summary, saying what fetch.txt lists: checked from the previous bag, or missing until fetched. */
    static String summary(HoleyBagResult result, Vocabulary words) {
        VerificationResult v = result.verification();
        if (result.unfetchedFiles() > 0) {
            long present = v.payloadFiles() - result.unfetchedFiles();
            return String.format(Locale.ROOT, "Bag %s is valid in the %,d payload files it holds, and complete once "
                    + "fetched: %,d files, %s missing (listed in fetch.txt, checksums not checked); name the bundle they "
                    + "come from in %s to verify them too", v.bagName(), present, result.unfetchedFiles(),
                    InWords.size(result.unfetchedBytes()), words.setting(Vocabulary.Setting.PREVIOUS));
        }
        if (result.suppliedFiles() > 0) {
            return summary(v) + String.format(Locale.ROOT, ", %,d of them fetched from %s", result.suppliedFiles(),
                    result.previous().map(p -> p.getFileName().toString()).orElse("the previous bag"));
        }
        return summary(v);
    }
}
