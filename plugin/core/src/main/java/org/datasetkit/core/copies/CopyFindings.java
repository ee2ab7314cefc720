package org.datasetkit.core.copies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.datasetkit.core.datasheet.Composition;
import org.datasetkit.core.datasheet.DatasheetLocation;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;

/**
 * What the comparisons mean for a release. Errors: a dataset that overlaps but is not declared as a source (the
 * copying would go unacknowledged); a source declared {@code use: copy} of which nothing was found; one file in two
 * splits (test-set leakage). Warnings: duplicates within the dataset.
 */
final class CopyFindings {

    private CopyFindings() {}

    static Optional<Diagnostic> undeclared(Overlap o, String datasheetFile) {
        if (o.declared() || o.files() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Diagnostic(Severity.ERROR, "copies.undeclared-source", datasheetFile, 0, 0,
                "/provenance/sources", String.format(Locale.ROOT,
                        "%d of %d payload files (%.0f%%) are copies of the dataset \"%s\", which provenance.sources does"
                                + " not declare: %s", o.files(), o.payloadFiles(), 100 * o.share(), o.source(),
                        String.join("; ", o.examples())),
                "declare \"" + o.source() + "\" under provenance.sources (its licence and how it is used), or remove"
                        + " the copied files"));
    }

    static Optional<Diagnostic> copyNotFound(Overlap o, String use, DatasheetLocation at) {
        if (!use.equals("copy") || o.files() > 0) {
            return Optional.empty();
        }
        return Optional.of(at.diagnostic(Severity.ERROR, "copies.declared-copy-not-found",
                "the source \"" + o.source() + "\" is declared use: copy, but none of the dataset's " + o.payloadFiles()
                        + " files is found in its fingerprints",
                "check that its fingerprints are of the version copied, or declare use: adapt or reference"));
    }

    /** Duplicates within the dataset: a warning each, an error where the two files lie in different splits. */
    static List<Diagnostic> duplicates(List<CopyCheck.Duplicate> pairs, List<Composition.Split> splits) {
        List<Diagnostic> out = new ArrayList<>();
        for (CopyCheck.Duplicate d : pairs) {
            Optional<String> a = splitOf(d.first(), splits);
            Optional<String> b = splitOf(d.second(), splits);
            if (a.isPresent() && b.isPresent() && !a.equals(b)) {
                out.add(Diagnostic.error("copies.split-leak", d.second(), "a copy (" + d.how() + ") of " + d.first()
                        + ": the same image is in split \"" + b.get() + "\" and in split \"" + a.get()
                        + "\", which leaks it between them", "keep one of the two files, in one split"));
            } else {
                out.add(Diagnostic.warning("copies.duplicate", d.second(), "a copy (" + d.how() + ") of " + d.first(),
                        "remove one of them, or say in composition.errorsNoise why both are kept"));
            }
        }
        return out;
    }

    /** The split a payload path belongs to: its folder, or a folder of the path named like the split. */
    static Optional<String> splitOf(String path, List<Composition.Split> splits) {
        for (Composition.Split s : splits) {
            if (s.folder().isPresent()) {
                String folder = s.folder().get().replaceAll("/+$", "");
                if (path.startsWith(folder + "/")) {
                    return Optional.of(s.name());
                }
            } else {
                String[] parts = path.split("/");
                for (int i = 0; i < parts.length - 1; i++) {
                    if (parts[i].equals(s.name())) {
                        return Optional.of(s.name());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
