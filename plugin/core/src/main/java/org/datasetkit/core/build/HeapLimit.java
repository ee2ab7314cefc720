package org.datasetkit.core.build;

import java.io.IOException;
import java.util.Locale;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Vocabulary;

/**
 * A stage that runs out of heap fails as a finding that names the stage and the setting to raise, instead of a bare
 * "Java heap space" from deep inside a library. Caught at the stage's boundary: by then the stage's own references
 * are gone with its frames, so there is room again to report, and nothing the stage made is kept.
 */
final class HeapLimit {

    /** A stage's work. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException, DatasetException;
    }

    private HeapLimit() {}

    static <T> T guard(Stage stage, Vocabulary words, Work<T> work) throws IOException, DatasetException {
        return guard(stage.words(), words, work);
    }

    /** @param stage the stage in words: "the bundle" */
    static <T> T guard(String stage, Vocabulary words, Work<T> work) throws IOException, DatasetException {
        try {
            return work.run();
        } catch (OutOfMemoryError e) {
            if (!isHeap(e)) {
                throw e; // threads or direct buffers: not something a larger heap fixes
            }
            throw new DatasetException(outOfMemory(stage, words, Runtime.getRuntime().maxMemory()));
        }
    }

    /** "Java heap space" and "GC overhead limit exceeded" are the heap; array sizes beyond the VM's limit too. */
    private static boolean isHeap(OutOfMemoryError e) {
        String m = String.valueOf(e.getMessage());
        return !m.contains("native thread") && !m.contains("Direct buffer") && !m.contains("Metaspace");
    }

    static Diagnostic outOfMemory(String stage, Vocabulary words, long maxHeap) {
        long mib = Math.max(64, maxHeap >> 20);
        return Diagnostic.error("build.out-of-memory", "", String.format(Locale.ROOT,
                "%s ran out of memory: Java's heap is limited to %s, too little for this dataset", capitalised(stage),
                option(mib)), "give Java a larger heap, e.g. twice as much: " + words.setting(Vocabulary.Setting.HEAP)
                        + option(mib * 2));
    }

    /** A size as -Xmx takes it: 512m, 1g. */
    private static String option(long mib) {
        return mib >= 1024 && mib % 1024 == 0 ? (mib / 1024) + "g" : mib + "m";
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
