package org.datasetkit.core.copies;

import java.util.Arrays;
import java.util.List;

/**
 * Files found by their SHA-256 without a hash map: a map from hex to file cost a node, a table slot and a 64-character
 * key per file, a million times over. The first file with each content (in the list's order) is the one found.
 */
final class SameContent {

    /** The files sorted by content, equal contents in the list's order. */
    private final FileFingerprint[] byContent;

    SameContent(List<FileFingerprint> files) {
        byContent = files.toArray(FileFingerprint[]::new);
        Arrays.sort(byContent, FileFingerprint::compareContent); // stable
    }

    /** The first file with the content of {@code f}, or null. */
    FileFingerprint first(FileFingerprint f) {
        return find(f, true);
    }

    /** The last file with the content of {@code f}, or null. */
    FileFingerprint last(FileFingerprint f) {
        return find(f, false);
    }

    int size() {
        return byContent.length;
    }

    /** Binary search for the first or the last of the run of files whose content is that of {@code f}. */
    private FileFingerprint find(FileFingerprint f, boolean first) {
        int low = 0;
        int high = byContent.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int c = byContent[middle].compareContent(f);
            found = c == 0 ? middle : found;
            if (c > 0 || c == 0 && first) {
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        return found < 0 ? null : byContent[found];
    }

    /**
     * For each file of {@code files}, the index of the first file with its content: itself when none comes before.
     * Sorted as numbers (32 bits of content above the index), not as objects: 8 bytes a file, held for the call.
     */
    static int[] firstOfEach(List<FileFingerprint> files) {
        long[] keys = new long[files.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (files.get(i).contentPrefix() >>> 32) << 32 | i;
        }
        Arrays.sort(keys);
        int[] first = new int[keys.length];
        for (int from = 0, to; from < keys.length; from = to) {
            to = from + 1;
            while (to < keys.length && keys[to] >>> 32 == keys[from] >>> 32) {
                to++;
            }
            for (int k = from; k < to; k++) { // a run shares 32 bits: a few files at most, in the list's order
                int i = (int) keys[k];
                first[i] = i;
                for (int earlier = from; earlier < k; earlier++) {
                    int j = (int) keys[earlier];
                    if (first[j] == j && files.get(j).sameContent(files.get(i))) {
                        first[i] = j;
                        break;
                    }
                }
            }
        }
        return first;
    }
}
