package org.datasetkit.core.diff;

/**
 * The kinds of change between two releases, each with the code a user names it by when configuring the version
 * rule, and the bump the default rule asks for: what can break a user of the earlier release (a file gone or
 * altered, other terms, a column gone) is major; what only adds is minor; metadata alone is a patch.
 */
public enum ChangeKind {
    FILE_REMOVED("file.removed", Bump.MAJOR, "payload files removed"),
    FILE_CHANGED("file.changed", Bump.MAJOR, "payload files changed"),
    FILE_RENAMED("file.renamed", Bump.MAJOR, "payload files moved (same content, new path)"),
    LICENSE_CHANGED("license.changed", Bump.MAJOR, "the licence changed"),
    ACCESS_CHANGED("access.changed", Bump.MAJOR, "the access level changed"),
    COLUMN_REMOVED("column.removed", Bump.MAJOR, "table columns removed"),
    COLUMN_RENAMED("column.renamed", Bump.MAJOR, "table columns renamed"),
    ROWS_REMOVED("rows.removed", Bump.MAJOR, "table rows removed"),
    ROWS_CHANGED("rows.changed", Bump.MAJOR, "table rows changed"),
    FILE_ADDED("file.added", Bump.MINOR, "payload files added"),
    COLUMN_ADDED("column.added", Bump.MINOR, "table columns added"),
    ROWS_ADDED("rows.added", Bump.MINOR, "table rows added"),
    METADATA_CHANGED("metadata.changed", Bump.PATCH, "the datasheet changed");

    private final String code;
    private final Bump byDefault;
    private final String words;

    ChangeKind(String code, Bump byDefault, String words) {
        this.code = code;
        this.byDefault = byDefault;
        this.words = words;
    }

    /** The name a user configures it by: {@code file.changed}. */
    public String code() {
        return code;
    }

    public Bump byDefault() {
        return byDefault;
    }

    /** In a sentence: "payload files changed". */
    public String words() {
        return words;
    }

    /** The kind with this code, or an exception naming the codes there are. */
    public static ChangeKind ofCode(String code) {
        for (ChangeKind k : values()) {
            if (k.code.equals(code == null ? "" : code.trim())) {
                return k;
            }
        }
        StringBuilder known = new StringBuilder();
        for (ChangeKind k : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(k.code);
        }
        throw new IllegalArgumentException("'" + code + "' is not a kind of change; the kinds are " + known);
    }
}
