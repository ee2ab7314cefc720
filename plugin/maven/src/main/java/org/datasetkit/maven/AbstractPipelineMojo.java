package org.datasetkit.maven;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.datasetkit.core.build.BuildSettings;
import org.datasetkit.core.build.CopySettings;
import org.datasetkit.core.build.BundleSettings;
import org.datasetkit.core.build.DatasetBuild;
import org.datasetkit.core.build.DatasetLocation;
import org.datasetkit.core.build.DiffSettings;
import org.datasetkit.core.build.FixitySettings;
import org.datasetkit.core.build.GateSettings;
import org.datasetkit.core.build.Stage;
import org.datasetkit.core.build.StageCache;
import org.datasetkit.core.build.record.GoalKey;
import org.datasetkit.core.build.record.GoalRun;
import org.datasetkit.core.build.record.UpToDateCheck;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.FailurePolicy;
import org.datasetkit.core.diag.SeverityOverrides;

/**
 * The goals that run the release pipeline: each maps its parameters to the core's settings and asks the stage runner
 * for the one stage it is about; the runner runs (or reuses, within the build) every stage before it. The classes
 * between this one and a goal add the parameters of the stages in order (licences, privacy, checksums, bundle), so
 * a goal shows exactly the parameters of the stages it runs.
 */
public abstract class AbstractPipelineMojo extends AbstractDatasetMojo {

    /** Where a build's stage results live between its goals: the project's context, one cache per project. */
    private static final String CACHE_KEY = "org.datasetkit.build.StageCache";

    /** Where a build's up-to-date check lives between its goals: the project's context, one per output folder. */
    private static final String CHECK_KEY = "org.datasetkit.build.UpToDateCheck";

    /**
     * The datasheet; by default datasheet.yaml, else datasheet.json, in the dataset folder.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.datasheet")
    protected File datasheet;

    /**
     * The lowest severity that fails the build: {@code error} or {@code warning}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.failOn", defaultValue = "error")
    protected String failOn;

    /**
     * Severities per finding code, like the enforcer's per-rule level: {@code <privacy.png-text>warning</privacy.png-text>},
     * or {@code <privacy.*>warning</privacy.*>} for every code under {@code privacy.}. Levels: {@code error},
     * {@code warning}, {@code info}. The report lists the overrides in force.
     *
     * @since 0.2.0
     */
    @Parameter
    protected Map<String, String> severities;

    /**
     * The BagIt profile the bag must meet: {@code snd-doris} (built in, also named {@code snd}: the bag-info SND's
     * storage service for DORIS reads; the default for datasheets with the snd profile), {@code snd-bagger} (built in:
     * SND's 2024 Bagger profile; names bagit-java mishandles are errors), a path to a repository's profile JSON, or
     * {@code none}. The bag names its profile in bag-info.txt ({@code BagIt-Profile-Identifier}). {@code validate}
     * already checks the bag-info fields the profile requires of the datasheet.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dataset.bagitProfile")
    protected String bagitProfile;

    /**
     * The time every archive entry and Bagging-Date get, for byte-identical rebuilds: ISO-8601 with offset or epoch
     * seconds. Unset, SOURCE_DATE_EPOCH is used, then the datasheet's datePublished.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    protected String outputTimestamp;

    /** This goal's settings while it runs, made once: mapping them may ask the repositories. */
    private transient BuildSettings mapped;

    /** The files this goal handed Maven while it ran, for its build record. */
    private final transient List<GoalRun.HandedOver> handedOver = new ArrayList<>();

    protected AbstractPipelineMojo(MavenProject project, MavenSession session) {
        super(project, session);
    }

    /** The stage runner of this build of the project, with this goal's settings and the build's shared results. */
    protected DatasetBuild pipeline() throws MojoFailureException {
        return new DatasetBuild(mapped != null ? mapped : settings(), stageCache(), new MavenBuildLog(getLog()));
    }

    /**
     * Repeats the last build's run of this goal when nothing it depends on changed since (see {@link UpToDateCheck}),
     * else runs it for real and records it.
     */
    @Override
    protected final void runOrReplay() throws MojoExecutionException, MojoFailureException, IOException,
            DatasetException {
        mapped = settings();
        handedOver.clear();
        try {
            if (!readsTheDataset()) {
                // nothing of the dataset or its outputs to stamp (and the folder Maven runs in may be anything)
                run();
                return;
            }
            new GoalReplay(this, upToDateCheck(mapped.location())).runOrReplay();
        } finally {
            mapped = null;
            logThrough(null);
        }
    }

    /** This goal's key: everything besides the dataset and the outputs that its work depends on. */
    GoalKey key() {
        return MojoKey.of(this, goal(), mapped, project, session);
    }

    /**
     * Whether the goal works on the dataset and its outputs at all; one that does not (verify-bundle of a bag named by
     * {@code dataset.bag}) neither stamps them nor is recorded, and writes nothing a record could miss.
     */
    protected boolean readsTheDataset() {
        return true;
    }

    /** Whether the goal may repeat an unchanged build's run: the release goals may, a deposit never. */
    protected boolean replayable() {
        return true;
    }

    /** Why this goal's successful run must not be repeated by a later build, if it must not (checked after it ran). */
    protected Optional<String> unrecordable() throws MojoFailureException {
        return Optional.empty();
    }

    /** Hands Maven a file (the work of a goal that attaches artifacts), and notes it for the build record. */
    protected final void handedOver(String role, String type, String classifier, Path file) {
        handedOver.add(new GoalRun.HandedOver(role, type, classifier, file));
    }

    /** The files handed over while this goal ran. */
    final List<GoalRun.HandedOver> handedOver() {
        return List.copyOf(handedOver);
    }

    /** Hands Maven again what the recorded run handed it; goals that attach artifacts override. */
    protected void handBack(GoalRun.HandedOver file) throws IOException, DatasetException, MojoFailureException {}

    /** Repeats a recorded run's lines; verify-bundle checks the bag again instead. */
    protected void repeat(GoalRun run) throws IOException, DatasetException, MojoFailureException {
        run.lines().forEach(line -> RecordingLog.repeat(getLog(), line));
    }

    /** The mapped settings of the running goal. */
    final BuildSettings mapped() {
        return mapped;
    }

    /** The goal's work, through this package's replay. */
    final void runForReal() throws MojoExecutionException, MojoFailureException, IOException, DatasetException {
        run();
    }

    final void recordThrough(org.apache.maven.plugin.logging.Log log) {
        logThrough(log);
    }

    /** Whether the user asked to redo the work ({@code -Ddataset.force}). */
    final boolean forced() {
        return propertyIsTrue("dataset.force");
    }

    final String goalName() {
        return goal();
    }

    private UpToDateCheck upToDateCheck(DatasetLocation location) throws IOException {
        String key = CHECK_KEY + ":" + location.outputRoot();
        Object known = project.getContextValue(key);
        if (known instanceof UpToDateCheck check && check.location().equals(location)) {
            return check;
        }
        long started = System.nanoTime();
        UpToDateCheck check = UpToDateCheck.start(location);
        getLog().debug("Build state of " + location.root() + " and " + location.outputRoot() + " stamped in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        project.setContextValue(key, check);
        return check;
    }

    /** Every parameter checked and mapped before any file is read. */
    protected BuildSettings settings() throws MojoFailureException {
        new LaterParameters(session, project).check();
        List<String> excluded = excludeList();
        SymlinkPolicy links = symlinkPolicy();
        // the patterns are checked; what is left for the location to refuse is where the outputs go
        DatasetLocation location = parse("dataset.outputDirectory", outputRoot(), output -> new DatasetLocation(
                datasetRoot(), Optional.ofNullable(datasheet).map(File::toPath), output, excluded, ownFiles(), links,
                standalone() ? Optional.empty() : Optional.of(project.getVersion())));
        SeverityOverrides overrides;
        try {
            overrides = SeverityOverrides.parse(severities == null ? Map.of() : severities);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Bad value in <severities>: " + e.getMessage());
        }
        GateSettings gates = new GateSettings(parse("dataset.failOn", failOn, FailurePolicy::parse), overrides,
                gatesTurnedOff(), licenseRegistryFile(), privacyAllowlistFile());
        int threads = parse("dataset.threads", Integer.toString(threadCount()),
                v -> BuildSettings.threads(Integer.parseInt(v)));
        return new BuildSettings(location, gates, fixitySettings(), bundleSettings(), threads, MavenVocabulary.WORDS,
                diffSettings()).withCopies(copySettings());
    }

    /** What the copy check compares with: nothing but the declared sources at this level. */
    protected CopySettings copySettings() throws MojoFailureException {
        return CopySettings.defaults();
    }

    /** What to compare this release with; nothing at this level. */
    protected DiffSettings diffSettings() throws MojoFailureException {
        return DiffSettings.none();
    }

    /** The gates the user turned off; none at this level. */
    protected Set<Stage> gatesTurnedOff() {
        return EnumSet.noneOf(Stage.class);
    }

    protected Optional<Path> licenseRegistryFile() {
        return Optional.empty();
    }

    protected Optional<Path> privacyAllowlistFile() {
        return Optional.empty();
    }

    /** Threads for scanning, hashing and compressing: 0 for one per processor. */
    protected int threadCount() {
        return 0;
    }

    protected FixitySettings fixitySettings() throws MojoFailureException {
        return FixitySettings.defaults();
    }

    /** The bundle's settings as far as this goal knows them: the profile and the time, which validate checks. */
    protected BundleSettings bundleSettings() throws MojoFailureException {
        return new BundleSettings(bundleBaseName(), Optional.empty(), "zip", org.datasetkit.core.bag.Compression.AUTO,
                Optional.ofNullable(bagitProfile), Optional.ofNullable(outputTimestamp),
                Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH")));
    }

    /** {@code <artifactId>-<version>} in a project; without a POM, the core names it after the folder. */
    protected Optional<String> bundleBaseName() {
        return standalone() ? Optional.empty() : Optional.of(project.getArtifactId() + "-" + project.getVersion());
    }

    private StageCache stageCache() {
        Object known = project.getContextValue(CACHE_KEY);
        // another class loader (another plugin version in the same build) makes it a foreign object: start afresh
        if (known instanceof StageCache cache) {
            return cache;
        }
        StageCache cache = new StageCache();
        project.setContextValue(CACHE_KEY, cache);
        return cache;
    }
}
