package org.datasetkit.core.diff;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between the previous release and this one, and the version that says so.
 *
 * @param previousVersion the previous release's version
 * @param version this release's version
 * @param previousDoi the previous release's DOI, bare, when its bag-info names one
 * @param files the payload files added, removed, changed and moved (the datasheet itself is compared by key)
 * @param datasheet the datasheet's changes by key
 * @param tables the changed tables, by path
 * @param kinds every kind of change found
 * @param required the bump the version rule asks for
 * @param smallestVersion the smallest version this release may have
 */
public record ReleaseDiff(String previousVersion, String version, Optional<String> previousDoi, FileChanges files,
        DatasheetChanges datasheet, List<TableChanges> tables, Set<ChangeKind> kinds, Bump required,
        SemanticVersion smallestVersion) {

    public ReleaseDiff {
        tables = List.copyOf(tables);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** Whether this release's version increases at least as much as its changes need. */
    public boolean versionSuffices() {
        return SemanticVersion.parse(version).map(v -> v.compareTo(smallestVersion) >= 0).orElse(false);
    }

    /** "2 added, 1 changed, 0 removed, 0 moved; 3 datasheet values changed". */
    public String summary() {
        return files.added().size() + " added, " + files.changed().size() + " changed, " + files.removed().size()
                + " removed, " + files.renamed().size() + " moved, " + files.unchanged() + " unchanged; "
                + datasheet.changes().size() + " datasheet value(s) changed";
    }
}
