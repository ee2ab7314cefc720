package org.datasetkit.maven;

import java.util.Optional;
import org.apache.maven.project.MavenProject;

/**
 * Hands a stage's immutable result to the later goals of the same build, through the project's context, so the
 * bundle reuses the checksums instead of hashing again. A goal run on its own finds nothing and computes what it
 * needs itself.
 */
final class StageResults {

    static final String DATASHEET = "org.datasetkit.datasheet";
    static final String FIXITY = "org.datasetkit.fixity";
    static final String BUNDLE = "org.datasetkit.bundle";
    static final String LICENSES = "org.datasetkit.licenses";
    static final String DATASET = "org.datasetkit.dataset";

    private StageResults() {}

    static void put(MavenProject project, String key, Object value) {
        project.setContextValue(key, value);
    }

    static <T> Optional<T> get(MavenProject project, String key, Class<T> type) {
        Object value = project.getContextValue(key);
        // Another class loader (another plugin version in the build) makes this a foreign object: recompute.
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }
}
