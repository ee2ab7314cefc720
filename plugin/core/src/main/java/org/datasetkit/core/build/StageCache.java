package org.datasetkit.core.build;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The results of the stages one build has run, so that each is computed once however many goals ask for it. A result
 * is reused only for the same inputs: a second execution with other settings (a tar.gz beside the zip, say) computes
 * its own, and reuses the stages whose inputs it shares. One cache per build of one dataset; the front end keeps it
 * for the length of the build.
 */
public final class StageCache {

    private record Entry(Object inputs, Object result) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The result stored under {@code name} for these inputs, if any. */
    <T> Optional<T> get(String name, Object inputs, Class<T> type) {
        Entry e = entries.get(name);
        if (e == null || !e.inputs().equals(inputs) || !type.isInstance(e.result())) {
            return Optional.empty();
        }
        return Optional.of(type.cast(e.result()));
    }

    <T> T put(String name, Object inputs, T result) {
        entries.put(name, new Entry(inputs, result));
        return result;
    }
}
