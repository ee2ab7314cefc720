package org.datasetkit.core.build;

import org.datasetkit.core.diag.InWords;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.fixity.Checksummer;
import org.datasetkit.core.fixity.FixityOptions;
import org.datasetkit.core.fixity.FixityPipeline;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.fixity.FixityStats;

/**
 * The checksums, incrementally (a cache in the work folder) and keeping the payload manifests there current. When
 * no earlier stage scanned the dataset, hashing starts with the first file the walk finds.
 */
final class FixityStage {

    private final BuildSettings settings;
    private final BuildListener listener;

    FixityStage(BuildSettings settings, BuildListener listener) {
        this.settings = settings;
        this.listener = listener;
    }

    /** The scan of the payload, as every stage sees it. */
    static ScanRequest scanRequest(BuildSettings settings) {
        DatasetLocation where = settings.location();
        return new ScanRequest(where.root(), where.excludes(), List.of(where.outputRoot()), where.symlinks(),
                where.ownFiles(), settings.words());
    }

    /**
     * @param scanned the payload an earlier stage scanned (the privacy gate checked exactly these files), if any
     */
    FixityResult run(Optional<Dataset> scanned) throws IOException, DatasetException {
        FixityOptions options = new FixityOptions(settings.fixity().algorithms(), settings.threads(),
                Optional.of(settings.location().workDirectory().resolve("fixity-cache.tsv")), settings.fixity().force(),
                this::progress, Duration.ofSeconds(5), Optional.of(settings.location().workDirectory()));
        FixityResult result;
        if (scanned.isPresent()) {
            result = new Checksummer().compute(scanned.get(), options);
        } else {
            try (FixityPipeline pipeline = new Checksummer().start(settings.location().root(), options)) {
                Dataset dataset = new DatasetScanner().scan(scanRequest(settings), pipeline);
                result = pipeline.finish(dataset);
            }
        }
        return result;
    }

    private void progress(long filesDone, long filesTotal, long bytesDone, long bytesTotal, Duration elapsed) {
        double seconds = Math.max(elapsed.toMillis() / 1000.0, 0.001);
        double rate = bytesDone / seconds;
        long eta = rate <= 0 ? 0 : Math.round((bytesTotal - bytesDone) / rate);
        listener.info(String.format(Locale.ROOT, "Checksums: %,d/%,d files, %s of %s, %s/s, about %d s left",
                filesDone, filesTotal, InWords.size(bytesDone), InWords.size(bytesTotal), InWords.size((long) rate), eta));
    }

    /** "Checksums of 20,001 files: 3 hashed (1.2 MB in 0.1 s, 12.0 MB/s), 19,998 unchanged since the last run". */
    static String summary(FixityResult result) {
        FixityStats stats = result.stats();
        int files = result.files().size();
        String seconds = InWords.seconds(stats.elapsed());
        if (stats.hashedFiles() == 0 && files > 0) {
            return String.format(Locale.ROOT, "Checksums of %,d files: all unchanged since the last run (%s)", files, seconds);
        }
        String unchanged = stats.cachedFiles() == 0 ? ""
                : String.format(Locale.ROOT, ", %,d unchanged since the last run", stats.cachedFiles());
        return String.format(Locale.ROOT, "Checksums of %,d files: %,d hashed (%s in %s, %s/s)%s", files,
                stats.hashedFiles(), InWords.size(stats.hashedBytes()), seconds,
                InWords.size((long) (stats.megabytesPerSecond() * 1e6)), unchanged);
    }
}
