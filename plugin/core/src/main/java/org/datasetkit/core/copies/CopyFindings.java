package org.datasetkit.core.copies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.datasetkit.core.datasheet.Composition;
import org.datasetkit.core.datasheet.DatasheetLocation;
import org.datasetkit.core.datasheet.Source;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;

/**
 * What the comparisons mean for a release. Errors: a dataset that overlaps but is not declared as a source (the
 * copying would go unacknowledged); a source declared {@code use: copy} of which nothing was found; a source declared
 * {@code use: reference} whose files are copied; one file in two splits (test-set leakage). Warnings: duplicates
 * within the dataset.
 */
final class CopyFindings {

    private CopyFindings() {}

    /** An overlap with a dataset no source declares, placed at {@code provenance.sources}. */
    static Optional<Diagnostic> undeclared(Overlap o, DatasheetLocation sourcesAt) {
        if (o.declared() || o.files() == 0) {
            return Optional.empty();
        }
        return Optional.of(sourcesAt.diagnostic(Severity.ERROR, "copies.undeclared-source", String.format(Locale.ROOT,
                "%d of %d payload files (%.0f%%) are copies of the dataset \"%s\", which provenance.sources does"
                        + " not declare: %s", o.files(), o.payloadFiles(), 100 * o.share(), o.source(),
                String.join("; ", o.examples())),
                "declare \"" + o.source() + "\" under provenance.sources (its licence and how it is used), or remove"
                        + " the copied files"));
    }

    /**
     * Copies of a source declared {@code use: reference} (identifiers or statistics only): the licence check judged
     * it as not redistributed, so the copies would slip past the licence rules for copies.
     */
    static Optional<Diagnostic> referenceCopied(Overlap o, Source s) {
        if (!s.use().equals("reference") || o.files() == 0) {
            return Optional.empty();
        }
        return Optional.of(s.at().diagnostic(Severity.ERROR, "copies.reference-copied", String.format(Locale.ROOT,
                "the source \"%s\" is declared use: reference (identifiers or statistics only), but %d of %d payload"
                        + " files (%.0f%%) are copies of it: %s", s.title(), o.files(), o.payloadFiles(),
                100 * o.share(), String.join("; ", o.examples())),
                "declare use: copy (files as they were, or re-encoded) or use: adapt (transformed) for \"" + s.title()
                        + "\", so that the licence check applies its rules for copies, or remove the copied files"));
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

    /**
     * Duplicates within the dataset: a warning each, an error where the two files lie in different splits (by the
     * label table where it names the file, else by folder).
     */
    static List<Diagnostic> duplicates(List<CopyCheck.Duplicate> pairs, List<Composition.Split> splits,
            Optional<SplitTable> table) {
        List<Diagnostic> out = new ArrayList<>();
        for (CopyCheck.Duplicate d : pairs) {
            Optional<String> a = splitOf(d.first(), splits, table);
            Optional<String> b = splitOf(d.second(), splits, table);
            if (a.isPresent() && b.isPresent() && !a.equals(b)) {
                out.add(Diagnostic.error("copies.split-leak", d.second(), "a copy (" + d.how() + ") of " + d.first()
                        + ": the same image is in split \"" + b.get() + "\"" + by(d.second(), table)
                        + " and in split \"" + a.get() + "\"" + by(d.first(), table) + ", which leaks it between them",
                        "keep one of the two files, in one split"));
            } else {
                out.add(Diagnostic.warning("copies.duplicate", d.second(), "a copy (" + d.how() + ") of " + d.first(),
                        "remove one of them, or say in composition.errorsNoise why both are kept"));
            }
        }
        return out;
    }

    /** " (per labels.csv)" where the label table placed the file, else nothing (its folder did). */
    private static String by(String path, Optional<SplitTable> table) {
        return table.filter(t -> t.splitOf().containsKey(path)).map(t -> " (per " + t.table() + ")").orElse("");
    }

    /** The split of a payload path: the label table's where it names the file, else by folder. */
    static Optional<String> splitOf(String path, List<Composition.Split> splits, Optional<SplitTable> table) {
        Optional<String> named = table.map(t -> t.splitOf().get(path));
        return named.isPresent() ? named : splitOf(path, splits);
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
