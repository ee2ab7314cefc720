package org.datasetkit.core.dataset;

import java.util.Set;

/** The version-control folders at the top of a dataset folder, whatever tool builds it: never payload, and busy. */
public final class VersionControl {

    private static final Set<String> TOP_FOLDERS = Set.of(".git", ".hg", ".svn");

    private VersionControl() {}

    /** Whether {@code name}, a folder at the top of the dataset folder, is a version-control folder. */
    public static boolean isTopFolder(String name) {
        return TOP_FOLDERS.contains(name);
    }
}
