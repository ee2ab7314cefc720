package org.datasetkit.core.build;

import org.datasetkit.core.diag.InWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import org.datasetkit.core.bag.BagVerifier;
import org.datasetkit.core.bag.VerificationResult;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;

/** Re-opens a bag, folder or archive, and proves it complete and valid (RFC 8493). */
final class VerifyStage {

    VerificationResult run(Path bag) throws IOException, DatasetException {
        if (!Files.exists(bag, LinkOption.NOFOLLOW_LINKS)) {
            throw new DatasetException(Diagnostic.error("bag.missing", bag.toString(), "there is no bag at this path",
                    "build the bundle first, or name an existing bag folder or archive"));
        }
        if (!Files.isDirectory(bag) && !Files.isRegularFile(bag)) {
            // a FIFO or a device would block or never end: only folders and regular files are bags
            throw new DatasetException(Diagnostic.error("bag.not-a-file", bag.toString(),
                    "not a folder or a regular file, so not a bag", "name a bag folder, zip, tar or tar.gz"));
        }
        return new BagVerifier().verify(bag);
    }

    /** "Bag x-1.0.0 is complete and valid: 20 payload files, 1.2 MB checked". */
    static String summary(VerificationResult result) {
        return String.format(Locale.ROOT, "Bag %s is complete and valid: %,d payload files, %s checked", result.bagName(),
                result.payloadFiles(), InWords.size(result.payloadBytes()));
    }
}
