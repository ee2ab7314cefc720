package org.datasetkit.core.bag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.datasetkit.core.dataset.PathOrder;
import org.datasetkit.core.diag.Diagnostic;

/**
 * The entries of a bag archive (zip or tar), checked as they are listed: names that would escape the bag, links,
 * duplicates, files outside the single top-level folder. (Names that differ only by normalisation or case are
 * allowed, with a warning: see {@link BagNames}.)
 */
final class ArchiveIndex {

    private final String archiveName;
    private final Set<String> tops = new HashSet<>();
    /**
     * Every entry name so far, for duplicates; dropped once the listing is done (a node per entry). Those under the
     * first top-level folder are kept as their path below it, the String the entry keeps anyway, not as a second
     * String of the whole name; the others whole, in a set of their own so that the two never meet.
     */
    private Set<String> seenUnderFirst = new HashSet<>();
    private Set<String> seenElsewhere = new HashSet<>();
    private String first;
    final List<BagSource.Entry> entries = new ArrayList<>();
    final List<Diagnostic> problems = new ArrayList<>();
    final Set<String> refused = new HashSet<>();

    ArchiveIndex(String archiveName) {
        this.archiveName = archiveName;
    }

    /**
     * The path inside the bag of a regular file entry that passes every check, or null when the entry is a folder
     * or was refused (the problem is recorded).
     */
    String accept(String entryName, boolean directory, boolean link) {
        String unsafe = BagSource.unsafeReason(entryName);
        if (unsafe != null) {
            problem("bag.unsafe-path", entryName, "the entry " + unsafe + "; extracting it would write outside the bag");
        } else if (link) {
            problem("bag.symlink", entryName, "the entry is a link; bags must hold regular files only");
        } else {
            int slash = entryName.indexOf('/');
            String below = slash < 0 ? null : entryName.substring(slash + 1);
            if (first == null && slash >= 0) {
                first = entryName.substring(0, slash);
            }
            boolean underFirst = below != null && entryName.startsWith(first) && slash == first.length();
            if (!(underFirst ? seenUnderFirst.add(below) : seenElsewhere.add(entryName))) {
                problem("bag.duplicate-entry", entryName, "the archive holds this entry more than once");
                return null;
            }
            tops.add(slash < 0 ? entryName : entryName.substring(0, slash));
            if (slash < 0 && !directory) {
                problem("bag.outside-base", entryName, "the file is not inside the bag's folder");
            } else if (!directory && slash < entryName.length() - 1) {
                return below;
            }
        }
        return null;
    }

    void problem(String code, String entry, String message) {
        String file = entry.isEmpty() ? archiveName : archiveName + "!/" + entry;
        problems.add(Diagnostic.error(code, file, message, "rebuild the archive from the bag folder"));
    }

    /** Sorts the entries and returns the bag's name: the single top-level folder. */
    String finish() {
        seenUnderFirst = Set.of();
        seenElsewhere = Set.of();
        if (tops.size() != 1) {
            problem("bag.not-one-folder", "", "the archive must hold exactly one top-level folder (the bag), but holds " + tops.size());
        }
        entries.sort((a, b) -> PathOrder.INSTANCE.compare(a.path(), b.path()));
        return tops.size() == 1 ? tops.iterator().next() : archiveName;
    }
}
