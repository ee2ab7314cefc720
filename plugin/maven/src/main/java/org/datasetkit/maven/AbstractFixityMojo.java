package org.datasetkit.maven;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.fixity.Checksummer;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FixityOptions;
import org.datasetkit.core.fixity.FixityPipeline;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.fixity.FixityStats;

/** The goals that need the checksums of the payload: computed once per build, incrementally across builds. */
public abstract class AbstractFixityMojo extends AbstractDatasetMojo {

    /** Checksum algorithms, the first one primary: {@code sha256} (default), {@code sha512}, {@code sha1}, {@code md5}. */
    @Parameter(property = "dataset.algorithms", defaultValue = "sha256")
    protected List<String> algorithms;

    /** Threads for hashing (and, when bundling, for compressing); 0 means one per available processor. */
    @Parameter(property = "dataset.threads", defaultValue = "0")
    protected int threads;

    /** Hash every file again, ignoring the incremental cache in {@code target/dataset/}, and write the bundle again. */
    @Parameter(property = "dataset.force", defaultValue = "false")
    protected boolean force;

    protected AbstractFixityMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    /** The checksums of this build's payload, computing them now if the checksum goal did not run. */
    protected FixityResult requireFixity() throws IOException, DatasetException, MojoFailureException {
        Optional<FixityResult> known = StageResults.get(project, StageResults.FIXITY, FixityResult.class);
        if (known.isPresent() && known.get().algorithms().equals(algorithmList())) {
            return known.get();
        }
        FixityResult result = computeFixity();
        StageResults.put(project, StageResults.FIXITY, result);
        return result;
    }

    /**
     * Scans the dataset and hashes it at the same time (hashing starts with the first file the walk finds), and keeps
     * the payload manifests in {@code target/dataset/} current.
     */
    protected FixityResult computeFixity() throws IOException, DatasetException, MojoFailureException {
        // The payload manifests in target/dataset/ always go with the cache: kept current by every run that hashes.
        FixityOptions options = new FixityOptions(algorithmList(), poolSize(),
                Optional.of(workDirectory().resolve("fixity-cache.tsv")), force, this::progress, Duration.ofSeconds(5),
                Optional.of(workDirectory()));
        FixityResult result;
        Optional<Dataset> scanned = StageResults.get(project, StageResults.DATASET, Dataset.class);
        if (scanned.isPresent()) {
            result = new Checksummer().compute(scanned.get(), options); // the list the privacy gate checked
        } else {
            try (FixityPipeline pipeline = new Checksummer().start(datasetRoot(), options)) {
                Dataset dataset = scanDataset(pipeline);
                result = pipeline.finish(dataset);
            }
        }
        DiagnosticLog.print(getLog(), result.warnings());
        logSummary(result.stats(), result.files().size());
        return result;
    }

    /** The {@code dataset.threads} setting: 0 means one thread per available processor. */
    protected int poolSize() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    protected List<DigestAlgorithm> algorithmList() throws MojoFailureException {
        List<DigestAlgorithm> list = new ArrayList<>();
        for (String name : algorithms) {
            for (String part : name.split(",")) {
                if (!part.isBlank()) {
                    DigestAlgorithm a = parse("dataset.algorithms", part, DigestAlgorithm::parse);
                    if (!list.contains(a)) {
                        list.add(a);
                    }
                }
            }
        }
        if (list.isEmpty()) {
            throw new MojoFailureException("dataset.algorithms is empty; name at least one, such as sha256");
        }
        return list;
    }

    private void progress(long filesDone, long filesTotal, long bytesDone, long bytesTotal, Duration elapsed) {
        double seconds = Math.max(elapsed.toMillis() / 1000.0, 0.001);
        double rate = bytesDone / seconds;
        long eta = rate <= 0 ? 0 : Math.round((bytesTotal - bytesDone) / rate);
        getLog().info(String.format(Locale.ROOT, "Checksums: %,d/%,d files, %s of %s, %s/s, about %d s left",
                filesDone, filesTotal, size(bytesDone), size(bytesTotal), size((long) rate), eta));
    }

    private void logSummary(FixityStats stats, int files) {
        String seconds = String.format(Locale.ROOT, "%.1f s", stats.elapsed().toMillis() / 1000.0);
        if (stats.hashedFiles() == 0 && files > 0) {
            getLog().info(String.format(Locale.ROOT, "Checksums of %,d files: all unchanged since the last run (%s)", files,
                    seconds));
            return;
        }
        String unchanged = stats.cachedFiles() == 0 ? ""
                : String.format(Locale.ROOT, ", %,d unchanged since the last run", stats.cachedFiles());
        getLog().info(String.format(Locale.ROOT, "Checksums of %,d files: %,d hashed (%s in %s, %s/s)%s", files,
                stats.hashedFiles(), size(stats.hashedBytes()), seconds, size((long) (stats.megabytesPerSecond() * 1e6)),
                unchanged));
    }

    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
