package org.datasetkit.core.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.DatasheetValidator;
import org.datasetkit.core.datasheet.DocumentationFile;
import org.datasetkit.core.datasheet.ParsedDatasheet;
import org.datasetkit.core.datasheet.SourcePosition;
import org.datasetkit.core.datasheet.StrictDatasheetReader;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.Vocabulary;
import org.datasetkit.core.diff.ChangelogMarkdown;
import org.datasetkit.core.diff.DiffJson;
import org.datasetkit.core.diff.PreviousBundle;
import org.datasetkit.core.diff.ReleaseComparison;
import org.datasetkit.core.diff.ReleaseDiff;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.output.AtomicFile;

/**
 * This release against the previous one: what changed, and whether the version says so. Writes the changelog and the
 * diff as JSON to the work folder (the bundle carries the same two files).
 */
final class DiffStage {

    /** The stage's result: the diff, and the refusal of a version that does not increase enough. */
    record Outcome(ReleaseDiff diff, Diagnostics diagnostics) {}

    static final String CHANGELOG = "CHANGELOG.md";
    static final String CHANGES_JSON = "changes.json";

    private final BuildSettings settings;

    DiffStage(BuildSettings settings) {
        this.settings = settings;
    }

    Outcome run(Datasheet sheet, FixityResult fixity, Path previous) throws IOException, DatasetException {
        DatasetLocation where = settings.location();
        Path file = where.datasheet().map(p -> where.root().resolve(p).normalize())
                .or(() -> DatasheetValidator.locate(where.root()))
                .orElseThrow(() -> new IOException("the datasheet is gone since it was validated"));
        String name = where.root().relativize(file).toString().replace('\\', '/');
        ParsedDatasheet parsed = new StrictDatasheetReader(settings.words()).read(file, name);
        Set<String> docs = new HashSet<>();
        for (DocumentationFile d : sheet.documentation()) {
            docs.add(d.path());
        }
        ReleaseDiff diff;
        try (PreviousBundle bundle = PreviousBundle.open(previous, fixity.algorithms().get(0))) {
            diff = new ReleaseComparison(settings.diff().options()).compare(fixity, name, parsed.tree(), docs, bundle);
        }
        AtomicFile.write(where.workDirectory().resolve(CHANGELOG), changelog(diff, sheet));
        AtomicFile.write(where.workDirectory().resolve(CHANGES_JSON), new DiffJson().write(diff).getBytes(StandardCharsets.UTF_8));
        if (diff.versionSuffices()) {
            return new Outcome(diff, Diagnostics.none());
        }
        SourcePosition at = parsed.sourceMap().valueOf("/version");
        return new Outcome(diff, Diagnostics.of(Diagnostic.error("version.too-small", name, "version " + diff.version()
                + " does not say what changed since " + diff.previousVersion() + ": "
                + String.join("; ", diff.kinds().stream().filter(k -> settings.diff().options().rules().bumpFor(k)
                        == diff.required()).sorted().map(k -> k.words()).toList())
                + " (" + example(diff) + "), which needs a " + diff.required().word() + " release",
                "release it as " + diff.smallestVersion() + " or later (version here and " + settings.words().buildVersion()
                        + "), or undo the change; the rule per kind of change is set by "
                        + settings.words().setting(Vocabulary.Setting.VERSION_RULES))
                .at(at.line(), at.column())));
    }

    static byte[] changelog(ReleaseDiff diff, Datasheet sheet) {
        return new ChangelogMarkdown().write(diff, sheet.datePublished().orElse(""), sheet.maintenance().versionNotes())
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The first file that makes the change this big, for the message. */
    private static String example(ReleaseDiff diff) {
        if (!diff.files().changed().isEmpty()) {
            return "changed: " + diff.files().changed().get(0) + more(diff.files().changed().size());
        }
        if (!diff.files().removed().isEmpty()) {
            return "removed: " + diff.files().removed().get(0) + more(diff.files().removed().size());
        }
        if (!diff.files().renamed().isEmpty()) {
            return "moved: " + diff.files().renamed().get(0).from() + " to " + diff.files().renamed().get(0).to();
        }
        if (!diff.files().added().isEmpty()) {
            return "added: " + diff.files().added().get(0) + more(diff.files().added().size());
        }
        return diff.datasheet().changes().isEmpty() ? "no change" : "first: " + diff.datasheet().changes().get(0).pointer();
    }

    private static String more(int size) {
        return size > 1 ? " and " + (size - 1) + " more" : "";
    }

    /** "Versions: 1.1.0 against 1.0.0 (...): 1 added, ...; a minor release, 1.1.0 or later". */
    static String summary(ReleaseDiff diff, String previousName) {
        return "Versions: " + diff.version() + " against " + previousName + ": " + diff.summary() + "; a "
                + diff.required().word() + " release, " + diff.smallestVersion() + " or later";
    }
}
