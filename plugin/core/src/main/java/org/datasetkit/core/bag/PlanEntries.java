package org.datasetkit.core.bag;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import org.datasetkit.core.dataset.PathOrder;
import org.datasetkit.core.fixity.FileFixity;

/**
 * A bag plan's entries in path order, read-only: the dataset's files straight from the checksums' list, already in
 * path order (a million of them would otherwise each cost a map node, a {@code data/} path and an entry, 130 bytes),
 * merged as they are iterated with the few other entries (folders, tag and generated files), which a sorted map holds.
 */
final class PlanEntries extends AbstractMap<String, BagPlan.Entry> {

    private final List<FileFixity> files;
    private final Set<String> holes;
    private final SortedMap<String, BagPlan.Entry> others;

    /**
     * @param files the dataset's files, strictly in {@link PathOrder} of their paths
     * @param holes bag paths of files listed in fetch.txt, left out; each one of {@code files}
     * @param others every other entry, by path in the bag
     */
    PlanEntries(List<FileFixity> files, Set<String> holes, SortedMap<String, BagPlan.Entry> others) {
        this.files = files;
        this.holes = holes;
        this.others = others;
    }

    /** Whether {@code files} is strictly in path order, as a scan gives it, so they can be merged as they come. */
    static boolean inPathOrder(List<FileFixity> files) {
        for (int i = 1; i < files.size(); i++) {
            if (PathOrder.INSTANCE.compare(files.get(i - 1).file().path(), files.get(i).file().path()) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code bagPath} is one of the dataset's files written into the bag (not a hole). */
    boolean isDatasetFile(String bagPath) {
        return indexOf(bagPath) >= 0;
    }

    /** Where the dataset's file written at {@code bagPath} is in the list, or -1. */
    private int indexOf(String bagPath) {
        if (!bagPath.startsWith("data/") || holes.contains(bagPath)) {
            return -1;
        }
        String path = bagPath.substring("data/".length());
        int low = 0;
        int high = files.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int c = PathOrder.INSTANCE.compare(files.get(middle).file().path(), path);
            if (c == 0) {
                return middle;
            }
            if (c < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    @Override
    public BagPlan.Entry get(Object key) {
        BagPlan.Entry other = others.get(key);
        int file = other == null && key instanceof String path ? indexOf(path) : -1;
        return file < 0 ? other : new BagPlan.Entry.File(files.get(file));
    }

    @Override
    public boolean containsKey(Object key) {
        return others.containsKey(key) || key instanceof String path && isDatasetFile(path);
    }

    @Override
    public Set<Map.Entry<String, BagPlan.Entry>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, BagPlan.Entry>> iterator() {
                return new Merged();
            }

            @Override
            public int size() {
                return files.size() - holes.size() + others.size();
            }
        };
    }

    /** The two sorted sequences merged, the dataset's files made into entries as they come. */
    private final class Merged implements Iterator<Map.Entry<String, BagPlan.Entry>> {
        private final Iterator<Map.Entry<String, BagPlan.Entry>> rest = others.entrySet().iterator();
        private Map.Entry<String, BagPlan.Entry> nextOther = rest.hasNext() ? rest.next() : null;
        private int nextFile = -1;
        private String nextFilePath;

        Merged() {
            advanceFile();
        }

        @Override
        public boolean hasNext() {
            return nextOther != null || nextFilePath != null;
        }

        @Override
        public Map.Entry<String, BagPlan.Entry> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (nextFilePath != null && (nextOther == null || PathOrder.INSTANCE.compare(nextFilePath, nextOther.getKey()) < 0)) {
                Map.Entry<String, BagPlan.Entry> file = Map.entry(nextFilePath, new BagPlan.Entry.File(files.get(nextFile)));
                advanceFile();
                return file;
            }
            Map.Entry<String, BagPlan.Entry> other = nextOther;
            nextOther = rest.hasNext() ? rest.next() : null;
            return other;
        }

        private void advanceFile() {
            nextFilePath = null;
            while (++nextFile < files.size()) {
                String path = files.get(nextFile).file().bagPath();
                if (!holes.contains(path)) {
                    nextFilePath = path;
                    return;
                }
            }
        }
    }
}
