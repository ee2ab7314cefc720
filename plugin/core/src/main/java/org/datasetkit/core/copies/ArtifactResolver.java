package org.datasetkit.core.copies;

import java.nio.file.Path;

/**
 * How the front end finds an upstream dataset's bundle named by Maven-style coordinates in the datasheet
 * ({@code fingerprints: artifact:groupId:artifactId:version[:type[:classifier]]}). The core knows no repository:
 * the Maven front end resolves the coordinates like a dependency; other front ends resolve none.
 */
@FunctionalInterface
public interface ArtifactResolver {

    /** A front end without repositories: every coordinate is unresolvable. */
    ArtifactResolver NONE = coordinates -> {
        throw new Unresolved("this front end has no repositories to resolve it from");
    };

    /**
     * The file the coordinates name.
     *
     * @param coordinates {@code groupId:artifactId:version[:type[:classifier]]}, checked for their form already
     * @throws Unresolved when no repository holds it, with the reason in words
     */
    Path resolve(String coordinates) throws Unresolved;

    /** The coordinates name nothing the front end can find; the message says why, for the finding. */
    final class Unresolved extends Exception {

        private static final long serialVersionUID = 1L;

        public Unresolved(String reason) {
            super(reason);
        }
    }
}
