package org.datasetkit.core.build;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.bag.BagInfo;
import org.datasetkit.core.bag.BagitProfile;
import org.datasetkit.core.datasheet.Completeness;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.DatasheetSchema;
import org.datasetkit.core.datasheet.DatasheetValidator;
import org.datasetkit.core.datasheet.SchemaPassStamp;
import org.datasetkit.core.datasheet.ValidationRequest;
import org.datasetkit.core.datasheet.ValidationResult;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.ReportWriter;
import org.datasetkit.core.diag.SarifWriter;
import org.datasetkit.core.diag.Vocabulary;
import org.datasetkit.core.export.DatasheetBagInfo;

/**
 * The datasheet check: the validator's findings, plus everything a later stage would refuse about the datasheet —
 * the BagIt profile's bag-info requirements (SND's group identifier, say) and the entries' fixed time — so that
 * {@code validate} fails where {@code bundle} would, before any file is read.
 */
final class DatasheetStage {

    /** Where the last schema pass is remembered, in the work folder. */
    static final String SCHEMA_STAMP = "datasheet-schema.stamp";

    private final BuildSettings settings;

    DatasheetStage(BuildSettings settings) {
        this.settings = settings;
    }

    ValidationResult run() throws IOException {
        DatasetLocation where = settings.location();
        SchemaPassStamp stamp = new SchemaPassStamp(where.workDirectory().resolve(SCHEMA_STAMP), DatasetkitVersion.current());
        ValidationResult validated = new DatasheetValidator(DatasheetSchema.bundled(), Optional.of(stamp))
                .validate(new ValidationRequest(where.root(), where.datasheet(), where.expectedVersion(), settings.words()));
        List<Diagnostic> findings = new ArrayList<>(validated.diagnostics().all());
        validated.datasheet().ifPresent(sheet -> findings.addAll(laterRequirements(sheet)));
        Diagnostics diagnostics = settings.gates().severities().apply(Diagnostics.sorted(findings));
        ValidationResult result = new ValidationResult(validated.datasheet(), diagnostics, validated.completeness());
        writeReports(result);
        return result;
    }

    /** What the bundle stage would refuse, found now. */
    private List<Diagnostic> laterRequirements(Datasheet sheet) {
        List<Diagnostic> out = new ArrayList<>();
        Instant time = entryTime(sheet, out);
        out.addAll(profileRequirements(sheet, time));
        return out;
    }

    /** The entries' fixed time, or the epoch after adding why there is none. */
    private Instant entryTime(Datasheet sheet, List<Diagnostic> out) {
        try {
            Optional<Instant> chosen = EntryTime.of(settings, sheet);
            if (chosen.isPresent()) {
                return chosen.get();
            }
            out.add(Diagnostic.error("bundle.no-timestamp", "", "no fixed time for the bundle's entries",
                    "set " + settings.words().setting(Vocabulary.Setting.OUTPUT_TIMESTAMP) + " (e.g. 2026-05-01T00:00:00Z)"
                            + " or datePublished in the datasheet, so that rebuilds are byte-identical"));
        } catch (IllegalArgumentException e) {
            out.add(Diagnostic.error("bundle.bad-timestamp", "", "bad fixed time for the bundle's entries: " + e.getMessage(),
                    "write ISO-8601 with an offset (2026-05-01T00:00:00Z) or seconds since 1970"));
        }
        return Instant.EPOCH;
    }

    /** The bag-info fields the chosen BagIt profile requires of the datasheet (SND's group identifier, say). */
    private List<Diagnostic> profileRequirements(Datasheet sheet, Instant time) {
        Optional<String> setting = settings.bundle().bagitProfile();
        Optional<BagitProfile> profile;
        try {
            profile = BagitProfile.choose(setting.orElse(null), sheet.profiles().contains("snd"), settings.location().root());
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage();
            return List.of(Diagnostic.error("bag.profile-unreadable", setting.orElse(""),
                    "the BagIt profile cannot be read: " + why,
                    "name a BagIt profile JSON file, or snd-doris (also 'snd'), snd-bagger or none"));
        }
        if (profile.isEmpty()) {
            return List.of();
        }
        // The payload is not scanned yet; its size decides no profile rule on bag-info.
        Dataset nothingYet = new Dataset(settings.location().root(), List.of(), Diagnostics.none());
        BagInfo info = DatasheetBagInfo.describe(sheet, nothingYet, time, DatasetkitVersion.softwareAgent(), profile);
        return profile.get().checkBagInfo(info, DatasheetBagInfo.hints(profile, settings.words()));
    }

    private void writeReports(ValidationResult result) throws IOException {
        Map<String, int[]> table = new LinkedHashMap<>();
        result.completeness().map(Completeness::sections).orElse(List.of())
                .forEach(s -> table.put(s.name(), new int[] {s.filled(), s.total()}));
        new ReportWriter().write(settings.location().workDirectory().resolve("report.json"), "validate",
                result.diagnostics(), table, settings.gates().severities());
        new SarifWriter().write(settings.location().workDirectory().resolve("report.sarif"), DatasetkitVersion.current(),
                result.diagnostics());
    }
}
