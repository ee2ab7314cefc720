package org.datasetkit.core.privacy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;

/** DICOM headers, read up to the pixel data and checked against PS3.15 (see {@link DicomRules}). */
final class DicomCheck implements FileCheck {

    private final DicomRules rules;

    DicomCheck(DicomRules rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "dicom";
    }

    @Override
    public Set<FileKind> kinds() {
        return Set.of(FileKind.DICOM);
    }

    @Override
    public void check(CheckedFile file, PrivacyPolicy policy, List<Diagnostic> findings) throws IOException {
        checkAndDescribe(file, policy, findings);
    }

    @Override
    public Optional<ImageAttributes> checkAndDescribe(CheckedFile file, PrivacyPolicy policy, List<Diagnostic> findings)
            throws IOException {
        try {
            DicomHeader header = new DicomReader().read(file.content());
            findings.addAll(rules.check(header, file.path(), policy, file.shapes()));
            return Optional.of(ImageAttributes.of(header));
        } catch (DicomFormatException e) {
            // Its own code since before the other formats failed closed; reports and allow-lists may name it.
            findings.add(new Diagnostic(Severity.ERROR, "privacy.unreadable-dicom", file.path(), 0, 0, "",
                    "cannot be read as DICOM (" + e.getMessage() + "), so it cannot be shown to be free of identifiers",
                    "re-export it as a standard DICOM Part 10 file, or exclude it"));
            return Optional.empty();
        }
    }
}
