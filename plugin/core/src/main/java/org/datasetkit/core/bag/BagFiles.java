package org.datasetkit.core.bag;

import java.util.List;
import org.datasetkit.core.dataset.PathOrder;

/**
 * A bag's files by path, looked up by binary search in the list its source already holds, sorted by
 * {@link PathOrder}: a hash map beside it cost a node and a table slot per file (40 MB a million files) to save a
 * few comparisons per lookup.
 */
final class BagFiles {

    private final List<BagSource.Entry> sorted;

    /** {@code sorted}: a source's entries, unique paths in {@link PathOrder} (as {@link BagSource#entries()} gives). */
    BagFiles(List<BagSource.Entry> sorted) {
        this.sorted = sorted;
    }

    /** The file at {@code path}, or null. */
    BagSource.Entry get(String path) {
        int i = indexOf(path);
        return i < 0 ? null : sorted.get(i);
    }

    /**
     * The place of {@code path} in the list, or -1: the first place where a path is there twice (an archive with
     * several top-level folders), so that one path always has one place.
     */
    int indexOf(String path) {
        int low = 0;
        int high = sorted.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int c = PathOrder.INSTANCE.compare(sorted.get(middle).path(), path);
            if (c >= 0) {
                found = c == 0 ? middle : found;
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        return found;
    }

    /** {@link #indexOf} the path at place {@code i}, without searching: its first place. */
    int placeOf(int i) {
        int first = i;
        while (first > 0 && sorted.get(first - 1).path().equals(sorted.get(i).path())) {
            first--;
        }
        return first;
    }

    int size() {
        return sorted.size();
    }

    boolean contains(String path) {
        return get(path) != null;
    }

    boolean isEmpty() {
        return sorted.isEmpty();
    }

    /** Every file, in order. */
    List<BagSource.Entry> all() {
        return sorted;
    }
}
