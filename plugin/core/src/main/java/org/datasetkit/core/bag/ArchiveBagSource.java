package org.datasetkit.core.bag;

import java.util.List;
import java.util.Set;
import org.datasetkit.core.diag.Diagnostic;

/** What a zip and a tar bag have in common: their entries, problems and refusals come from one {@link ArchiveIndex}. */
abstract class ArchiveBagSource implements BagSource {

    protected final ArchiveIndex index;
    private String name;

    ArchiveBagSource(String archiveName) {
        this.index = new ArchiveIndex(archiveName);
    }

    /** Records the bag's name once the subclass has indexed the archive. */
    protected final void indexed(String bagName) {
        this.name = bagName;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Entry> entries() {
        return index.entries;
    }

    @Override
    public Set<String> refused() {
        return index.refused;
    }

    @Override
    public List<Diagnostic> problems() {
        return index.problems;
    }
}
