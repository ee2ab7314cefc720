package org.datasetkit.core.privacy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;

/**
 * The privacy check of one file format: it reads files of the kinds it claims and adds what they reveal. A new
 * format is a class implementing this and one line in {@link FileChecks#builtIn()}.
 *
 * <p>The gate fails closed around it: whatever a check throws — a {@link FileDefect} for a corrupt file, an
 * {@code IOException}, any runtime exception or a stack overflow — becomes one {@code privacy.unreadable} error on
 * that file, and the findings it added before are dropped. One instance serves all of the scanner's threads, so a
 * check keeps no state between calls.
 */
public interface FileCheck {

    /** How reports count the files this check read: {@code dicom}, {@code png}, {@code table}. */
    String name();

    /** The kinds of file this check reads; no two checks of a registry claim the same kind. */
    Set<FileKind> kinds();

    /**
     * Reads {@code file} and adds to {@code findings} what contradicts {@code policy}.
     *
     * @throws FileDefect the file is not what its kind promises (truncated, a bad length or checksum)
     * @throws IOException the file cannot be read
     */
    void check(CheckedFile file, PrivacyPolicy policy, List<Diagnostic> findings) throws IOException;

    /**
     * Like {@link #check}, and returns what the file says about the image it holds (a DICOM header's modality, view
     * and laterality), so a report can count them from this one read. Checks of formats without such attributes
     * keep this default.
     */
    default Optional<ImageAttributes> checkAndDescribe(CheckedFile file, PrivacyPolicy policy, List<Diagnostic> findings)
            throws IOException {
        check(file, policy, findings);
        return Optional.empty();
    }
}
