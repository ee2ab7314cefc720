package org.datasetkit.core.diff;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.datasheet.LocalizedText;

/**
 * {@code CHANGELOG.md}: this release's changes since the previous one, in words a dataset's users read — the files,
 * the tables, the datasheet — and the version rule's verdict. Long lists are cut (the JSON beside it has them all).
 */
public final class ChangelogMarkdown {

    /** More lines than this per list help nobody; the JSON lists everything. */
    static final int MAX_LINES = 50;

    public String write(ReleaseDiff diff, String date) {
        return write(diff, date, Optional.empty());
    }

    /** With the maintainers' own notes for this version ({@code maintenance.versionNotes}), before the changes found. */
    public String write(ReleaseDiff diff, String date, Optional<LocalizedText> notes) {
        StringBuilder md = new StringBuilder();
        md.append("# Changelog\n\n");
        md.append("## ").append(diff.version()).append(date.isEmpty() ? "" : " (" + date + ")").append("\n\n");
        md.append("Compared with ").append(diff.previousVersion())
                .append(diff.previousDoi().map(d -> " (https://doi.org/" + d + ")").orElse("")).append(": ")
                .append(diff.summary()).append(".\n\n");
        md.append("This is a **").append(diff.required().word()).append("** release by the version rule");
        if (!diff.kinds().isEmpty()) {
            md.append(" (").append(String.join("; ", diff.kinds().stream().sorted().map(ChangeKind::words).toList())).append(")");
        }
        md.append(": ").append(diff.smallestVersion()).append(" or later.\n");
        notes.ifPresent(n -> notes(md, n));
        list(md, "Added", diff.files().added());
        list(md, "Removed", diff.files().removed());
        list(md, "Changed", diff.files().changed());
        list(md, "Moved", diff.files().renamed().stream().map(r -> r.from() + "` → `" + r.to()).toList());
        if (!diff.tables().isEmpty()) {
            md.append("\n### Tables\n\n");
            diff.tables().forEach(t -> table(md, t));
        }
        if (!diff.datasheet().changes().isEmpty()) {
            md.append("\n### Datasheet\n\n");
            List<DatasheetChanges.Change> changes = diff.datasheet().changes();
            for (DatasheetChanges.Change c : changes.subList(0, Math.min(MAX_LINES, changes.size()))) {
                md.append("- `").append(c.pointer()).append("`: ").append(value(c.before())).append(" → ")
                        .append(value(c.after())).append('\n');
            }
            more(md, changes.size());
        }
        return md.toString();
    }

    /** The notes as written, one paragraph per language of a language map, each named. */
    private static void notes(StringBuilder md, LocalizedText notes) {
        md.append("\n### Notes\n\n");
        for (LocalizedText.Translation t : notes.translations()) {
            md.append(t.language().map(l -> "**" + l + "**: ").orElse("")).append(t.text().strip()).append("\n\n");
        }
        md.setLength(md.length() - 1);
    }

    private static void list(StringBuilder md, String heading, List<String> paths) {
        if (paths.isEmpty()) {
            return;
        }
        md.append("\n### ").append(heading).append(" (").append(paths.size()).append(")\n\n");
        for (String p : paths.subList(0, Math.min(MAX_LINES, paths.size()))) {
            md.append("- `").append(p).append("`\n");
        }
        more(md, paths.size());
    }

    private static void more(StringBuilder md, int size) {
        if (size > MAX_LINES) {
            md.append("- … and ").append(size - MAX_LINES).append(" more (see metadata/changes.json)\n");
        }
    }

    private static void table(StringBuilder md, TableChanges t) {
        md.append("- `").append(t.path()).append("` (rows by `").append(t.keyColumn()).append("`): ")
                .append(t.rowsAdded()).append(" rows added, ").append(t.rowsRemoved()).append(" removed, ")
                .append(t.rowsChanged()).append(" changed");
        columns(md, "columns added", t.columnsAdded());
        columns(md, "columns removed", t.columnsRemoved());
        columns(md, "columns renamed", t.columnsRenamed().stream().map(r -> r.from() + " → " + r.to()).toList());
        md.append('\n');
        if (t.labelColumn().isPresent() && !t.labelsBefore().equals(t.labelsAfter())) {
            md.append("  - `").append(t.labelColumn().get()).append("` distribution: ").append(counts(t.labelsBefore()))
                    .append(" → ").append(counts(t.labelsAfter())).append('\n');
        }
    }

    private static void columns(StringBuilder md, String what, List<String> names) {
        if (!names.isEmpty()) {
            md.append("; ").append(what).append(": ").append(String.join(", ", names));
        }
    }

    private static String counts(Map<String, Integer> counts) {
        StringBuilder s = new StringBuilder();
        counts.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append(" ").append(v));
        return s.length() == 0 ? "none" : s.toString();
    }

    private static String value(String v) {
        return v.isEmpty() ? "(none)" : "\"" + (v.length() > 80 ? v.substring(0, 77) + "..." : v).replace("\n", " ") + "\"";
    }
}
