package org.datasetkit.core.diff;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version ({@code MAJOR.MINOR.PATCH[-pre][+build]}, semver.org 2.0). The release rule compares only the
 * three numbers: a pre-release of the version a change needs ({@code 2.0.0-rc.1}) is as good as that version.
 */
public record SemanticVersion(int major, int minor, int patch, String suffix) implements Comparable<SemanticVersion> {

    private static final Pattern FORM = Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})([-+].*)?");

    /** The version, or empty when the text is not a semantic version. */
    public static Optional<SemanticVersion> parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SemanticVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), m.group(4) == null ? "" : m.group(4)));
    }

    /** The smallest version after this one that a change of this size allows. */
    public SemanticVersion bump(Bump bump) {
        return switch (bump) {
            case MAJOR -> new SemanticVersion(major + 1, 0, 0, "");
            case MINOR -> new SemanticVersion(major, minor + 1, 0, "");
            case PATCH -> new SemanticVersion(major, minor, patch + 1, "");
        };
    }

    /** Orders by the three numbers only (pre-release and build suffixes are ignored, see the class comment). */
    @Override
    public int compareTo(SemanticVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + suffix;
    }
}
