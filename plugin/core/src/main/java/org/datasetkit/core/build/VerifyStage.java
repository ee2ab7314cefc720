package org.datasetkit.core.build;

import org.datasetkit.core.diag.InWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.datasetkit.core.bag.BagWriteResult;
import org.datasetkit.core.bag.HoleyBagResult;
import org.datasetkit.core.bag.HoleyBagVerifier;
import org.datasetkit.core.bag.VerificationLimits;
import org.datasetkit.core.bag.VerificationResult;
import org.datasetkit.core.bag.VerificationTier;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Vocabulary;

/**
 * Re-opens a bag, folder or archive, and proves it complete (and, in the full tier, valid: RFC 8493), as deeply as the
 * situation needs: a bundle this build has just written was hashed byte by byte as it was written and compared with
 * its manifest, and a bundle kept from an earlier build is the one that was, untouched since: neither is read again
 * ({@link VerificationTier#FAST}); any other bag, or a bundle touched since it was written, is read whole
 * ({@link VerificationTier#FULL}). The user's choice overrides.
 */
final class VerifyStage {

    /** How deeply to verify, and why, for the log line. */
    record Choice(VerificationTier tier, String reason) {}

    private final int threads;

    VerifyStage(int threads) {
        this.threads = threads;
    }

    /**
     * The tier for this build's own bundle.
     *
     * @param untouched whether the archive is still the one the bundle stage recorded (empty when it keeps no record:
     *     a bag folder, or a rewrite forced by the user)
     * @param fetchesFromPrevious whether the bundle carries files by fetch.txt that the previous release supplies
     */
    static Choice forOwnBundle(Optional<VerificationTier> asked, Vocabulary words, BagWriteResult bundle,
            Optional<Boolean> untouched, boolean fetchesFromPrevious) {
        if (asked.isPresent()) {
            return new Choice(asked.get(), "as " + words.setting(Vocabulary.Setting.VERIFY_TIER) + " asks");
        }
        if (fetchesFromPrevious) { // the files fetch.txt carries were never written by this build: read them once
            return new Choice(VerificationTier.FULL, "an incremental bag: the files its fetch.txt carries are read from "
                    + "the previous release");
        }
        if (untouched.isPresent() && !untouched.get()) {
            return new Choice(VerificationTier.FULL, "the bundle changed after this build " + (bundle.kept() ? "kept" : "wrote")
                    + " it");
        }
        if (bundle.kept()) {
            return new Choice(VerificationTier.FAST, "kept from an earlier build and untouched since (size, times and "
                    + "identity as recorded when it was written and checked)");
        }
        return new Choice(VerificationTier.FAST, "written by this build: every payload byte was hashed as it was written"
                + " and compared with its manifest");
    }

    /** The tier for this build's bundle when the build record says nothing changed since an earlier build verified it. */
    static Choice forUnchangedBundle(Optional<VerificationTier> asked, Vocabulary words) {
        return asked.map(t -> new Choice(t, "as " + words.setting(Vocabulary.Setting.VERIFY_TIER) + " asks"))
                .orElseGet(() -> new Choice(VerificationTier.FAST, "verified by an earlier build and untouched since, as"
                        + " are the dataset and the settings (the build record)"));
    }

    /** The tier for a bag this build did not write: every checksum, unless the user asks otherwise. */
    static Choice forOtherBag(Optional<VerificationTier> asked, Vocabulary words) {
        return asked.map(t -> new Choice(t, "as " + words.setting(Vocabulary.Setting.VERIFY_TIER) + " asks"))
                .orElseGet(() -> new Choice(VerificationTier.FULL, "a bag this build did not write"));
    }

    /**
     * @param previous the previous release's bundle: the files the bag's fetch.txt lists are read from it and checked
     */
    HoleyBagResult run(Path bag, Optional<Path> previous, VerificationTier tier) throws IOException, DatasetException {
        if (!Files.exists(bag, LinkOption.NOFOLLOW_LINKS)) {
            throw new DatasetException(Diagnostic.error("bag.missing", bag.toString(), "there is no bag at this path",
                    "build the bundle first, or name an existing bag folder or archive"));
        }
        if (!Files.isDirectory(bag) && !Files.isRegularFile(bag)) {
            // a FIFO or a device would block or never end: only folders and regular files are bags
            throw new DatasetException(Diagnostic.error("bag.not-a-file", bag.toString(),
                    "not a folder or a regular file, so not a bag", "name a bag folder, zip, tar or tar.gz"));
        }
        return new HoleyBagVerifier(VerificationLimits.DEFAULT, threads).verify(bag, previous, tier);
    }

    /**
     * "Bag x-1.0.0 is complete and valid: 20 payload files, 1.2 MB checked (full: every checksum; a bag this build did
     * not write)", or "Bag x-1.0.0 is complete: 20 payload files, 1.2 MB (fast: structure, completeness, Payload-Oxum and
     * sizes; no payload file read; written by this build: ...)": a fast check never claims the checksums.
     */
    static String summary(VerificationResult result, Choice choice) {
        boolean full = result.contentsRead();
        return String.format(Locale.ROOT, "Bag %s is complete%s: %,d payload files, %s%s (%s: %s; %s)", result.bagName(),
                full ? " and valid" : "", result.payloadFiles(), InWords.size(result.payloadBytes()), full ? " checked" : "",
                result.tier().word(), result.tier().checks(), choice.reason());
    }

    /** The summary, saying what fetch.txt lists: checked from the previous bag, or missing until fetched. */
    static String summary(HoleyBagResult result, Choice choice, Vocabulary words) {
        VerificationResult v = result.verification();
        if (result.unfetchedFiles() > 0) {
            long present = v.payloadFiles() - result.unfetchedFiles();
            return String.format(Locale.ROOT, "Bag %s is valid in the %,d payload files it holds, and complete once "
                    + "fetched: %,d files, %s missing (listed in fetch.txt, checksums not checked); name the bundle they "
                    + "come from in %s to verify them too", v.bagName(), present, result.unfetchedFiles(),
                    InWords.size(result.unfetchedBytes()), words.setting(Vocabulary.Setting.PREVIOUS));
        }
        if (result.suppliedFiles() > 0) {
            return summary(v, choice) + String.format(Locale.ROOT, ", %,d of them fetched from %s", result.suppliedFiles(),
                    result.previous().map(p -> p.getFileName().toString()).orElse("the previous bag"));
        }
        return summary(v, choice);
    }
}
