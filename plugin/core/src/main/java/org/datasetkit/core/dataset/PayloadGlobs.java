package org.datasetkit.core.dataset;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Glob patterns of paths that are not payload, compiled once, and checked when made: a pattern that does not compile
 * ({@code [}) is refused with its text before any file is read. A pattern ending in {@code /**} also leaves out the
 * folder itself, so the walk never lists it: an unreadable or huge excluded folder costs nothing and fails nothing.
 */
public final class PayloadGlobs {

    private final List<PathMatcher> matchers = new ArrayList<>();
    private final List<PathMatcher> wholeFolders = new ArrayList<>();

    /**
     * @param globs {@code /}-separated patterns relative to the dataset folder
     * @throws IllegalArgumentException naming the first pattern that is not a glob
     */
    public PayloadGlobs(List<String> globs) {
        for (String glob : globs) {
            if (glob == null || glob.isBlank()) {
                throw new IllegalArgumentException("an empty pattern excludes nothing; remove it");
            }
            matchers.add(compile(glob));
            if (glob.endsWith("/**") && glob.length() > 3) {
                wholeFolders.add(compile(glob.substring(0, glob.length() - 3)));
            }
        }
    }

    private static PathMatcher compile(String glob) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + glob + "' is not a glob pattern: " + e.getDescription()
                    + " (near index " + e.getIndex() + "); write patterns such as scratch/** or **/*.tmp");
        }
    }

    /** True when the file at {@code rel} matches a pattern. */
    public boolean matchesFile(String rel) {
        return matches(matchers, rel);
    }

    /** True when the folder at {@code rel} and everything in it is left out. */
    public boolean matchesFolder(String rel) {
        return matches(matchers, rel) || matches(wholeFolders, rel);
    }

    /** True when {@code rel} or one of the folders above it is left out whole. */
    public boolean coversPath(String rel) {
        String prefix = "";
        for (String part : rel.split("/")) {
            prefix = prefix.isEmpty() ? part : prefix + "/" + part;
            if (matchesFolder(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<PathMatcher> list, String rel) {
        if (list.isEmpty()) {
            return false;
        }
        Path p = Path.of(rel);
        for (PathMatcher m : list) {
            if (m.matches(p)) {
                return true;
            }
        }
        return false;
    }
}
