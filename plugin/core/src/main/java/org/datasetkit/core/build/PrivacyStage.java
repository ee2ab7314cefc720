package org.datasetkit.core.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.privacy.PrivacyPolicy;
import org.datasetkit.core.privacy.PrivacyReportWriter;
import org.datasetkit.core.privacy.PrivacyResult;
import org.datasetkit.core.privacy.PrivacyScanOptions;
import org.datasetkit.core.privacy.PrivacyScanner;

/**
 * The privacy gate over the scanned payload, with its report ({@code privacy.json}) and its cache
 * ({@code privacy-cache.tsv}: files unchanged under the same policy are not read again; {@code force} reads them all).
 */
final class PrivacyStage {

    private final BuildSettings settings;

    /** A million reviewed exceptions of 16 bytes each: far beyond any real review. */
    static final long MAX_ALLOWLIST_BYTES = 16L * 1024 * 1024;

    PrivacyStage(BuildSettings settings) {
        this.settings = settings;
    }

    PrivacyResult run(Datasheet sheet, Dataset dataset) throws IOException, DatasetException {
        PrivacyPolicy policy = PrivacyPolicy.from(sheet, allowList());
        PrivacyScanOptions options = new PrivacyScanOptions(settings.threads(), Optional.of(cacheFile()),
                settings.fixity().force(), DatasetkitVersion.current());
        PrivacyResult scanned = new PrivacyScanner().scan(dataset, policy, options);
        PrivacyResult result = scanned.withDiagnostics(settings.gates().severities().apply(scanned.diagnostics()));
        new PrivacyReportWriter().write(report(), result);
        return result;
    }

    /** What the gate learned of each file, so an unchanged file is not read again by the next build. */
    Path cacheFile() {
        return settings.location().workDirectory().resolve("privacy-cache.tsv");
    }

    Path report() {
        return settings.location().workDirectory().resolve("privacy.json");
    }

    private Set<String> allowList() throws IOException, DatasetException {
        if (settings.gates().privacyAllowlist().isEmpty()) {
            return Set.of();
        }
        Path file = settings.gates().privacyAllowlist().get();
        if (!Files.isRegularFile(file)) {
            // Fail closed: a list of reviewed exceptions that cannot be read must not turn into "no exceptions needed".
            throw new DatasetException(Diagnostic.error("privacy.allowlist-missing", file.toString(),
                    "the privacy allow-list does not exist or is not a file",
                    "point the privacy allow-list setting at the file of reviewed exceptions"));
        }
        if (Files.size(file) > MAX_ALLOWLIST_BYTES) { // read whole: a file named by mistake must not exhaust the heap
            throw new DatasetException(Diagnostic.error("privacy.allowlist-too-large", file.toString(),
                    "is " + Files.size(file) + " bytes; a list of reviewed exceptions is at most " + MAX_ALLOWLIST_BYTES,
                    "point the privacy allow-list setting at the file of reviewed exceptions"));
        }
        return PrivacyPolicy.readAllowList(file);
    }
}
