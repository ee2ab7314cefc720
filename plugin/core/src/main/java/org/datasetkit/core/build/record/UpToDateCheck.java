package org.datasetkit.core.build.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.build.DatasetLocation;
import org.datasetkit.core.build.DatasetkitVersion;

/**
 * Whether a goal of this build may repeat its last run instead of working again, like Gradle's up-to-date check;
 * one per build of one project, kept by the front end beside the stage cache. The rules:
 * <ul>
 * <li>A goal replays iff it is not forced; the last build's record is sound (its checksum), was written by this very
 *     datasetkit, and its end state is trusted (no input had changed within a second of being stamped); the state at
 *     the start of this build (the dataset, the datasheet, the outputs) is that end state; no goal of this build ran
 *     for real before it; and the record holds this goal under the same key ({@link GoalKey}).</li>
 * <li>A goal that ran for real and succeeded records itself; the record then keeps only the runs of goals that ran or
 *     replayed in this build (an older run's outputs may no longer be what it left) and the state as this goal left
 *     it. A goal that failed, was refused, or has no usable key is removed from the record, and no later goal of the
 *     build replays.</li>
 * <li>A replay writes nothing: the next build starts from the same end state.</li>
 * </ul>
 * The inputs are stamped once, at the start of the build: a file changed during it no longer matches next time.
 */
public final class UpToDateCheck {

    /** The record's name in the work folder. */
    public static final String FILE = "build-record.tsv";

    /** Why a goal runs for real, for the debug log; or the run it repeats. */
    public record Decision(Optional<GoalRun> replay, String built, String reason) {}

    private final DatasetLocation location;
    private final Path file;
    private final BuildRecordFile store;
    private final BuildState start;
    private final Optional<BuildRecord> last;
    private Optional<String> warning;
    private boolean ranForReal;
    private final Map<String, GoalRun> thisBuild = new LinkedHashMap<>();

    private UpToDateCheck(DatasetLocation location, Path file, BuildRecordFile store, BuildState start,
            BuildRecordFile.Read read) {
        this.location = location;
        this.file = file;
        this.store = store;
        this.start = start;
        this.last = read.record();
        this.warning = read.refused();
    }

    /** Stamps the state at the start of the build and reads the last build's record. */
    public static UpToDateCheck start(DatasetLocation location) throws IOException {
        return start(location, System.currentTimeMillis());
    }

    /** As {@link #start(DatasetLocation)}, with the time taken to be now (for the racy files). */
    static UpToDateCheck start(DatasetLocation location, long nowMillis) throws IOException {
        Path file = location.workDirectory().resolve(FILE);
        BuildState now = BuildState.take(location, file, nowMillis);
        BuildRecordFile store = new BuildRecordFile(file, software());
        return new UpToDateCheck(location, file, store, now, store.read());
    }

    /** The build this check was started for: another location (another output folder) needs its own. */
    public DatasetLocation location() {
        return location;
    }

    /** The one warning about a record that could not be used (damaged, another datasetkit), the first time asked. */
    public synchronized Optional<String> warningOnce() {
        Optional<String> w = warning;
        warning = Optional.empty();
        return w;
    }

    /** Whether {@code goal}, with this key, repeats its last run; {@code forced}: the user asked to redo the work. */
    public synchronized Decision decide(String goal, GoalKey key, boolean forced) {
        String built = last.map(BuildRecord::built).orElse("");
        if (forced) {
            return new Decision(Optional.empty(), built, "forced (dataset.force)");
        }
        if (key.value().isEmpty()) {
            return new Decision(Optional.empty(), built, "not replayable: " + key.whyUnusable().orElse(""));
        }
        if (last.isEmpty()) {
            return new Decision(Optional.empty(), built, "no usable build record in " + file);
        }
        if (last.get().end().untrusted().isPresent()) {
            return new Decision(Optional.empty(), built, "the last build's record cannot be trusted: "
                    + last.get().end().untrusted().get());
        }
        if (!start.sameAs(last.get().end())) {
            return new Decision(Optional.empty(), built, "the dataset, datasheet or outputs changed since the last build");
        }
        if (ranForReal) {
            return new Decision(Optional.empty(), built, "an earlier goal of this build ran");
        }
        Optional<GoalRun> run = last.get().run(goal, key.value().get());
        return new Decision(run, built, run.isPresent() ? "nothing changed"
                : "the last build has no run of " + goal + " with the same settings");
    }

    /** A goal repeated its last run: kept in the record if a later goal of this build writes it. */
    public synchronized void replayed(GoalRun run) {
        thisBuild.put(run.goal(), run);
    }

    /** A goal ran for real and succeeded: the record now holds it, with the state it left. */
    public synchronized void ran(GoalRun run) throws IOException {
        ranForReal = true;
        thisBuild.remove(run.goal()); // in the order the goals ran
        thisBuild.put(run.goal(), run);
        write();
    }

    /** A goal ran for real and failed, or could not be recorded: the record no longer holds it. */
    public synchronized void notRecorded(String goal) {
        ranForReal = true;
        thisBuild.remove(goal);
        try {
            write();
        } catch (IOException e) {
            try {
                Files.deleteIfExists(file); // a record that cannot be brought up to date must not be trusted
            } catch (IOException ignored) {
                // the record's end state no longer matches the outputs this goal touched: the next build runs
            }
        }
    }

    private void write() throws IOException {
        Files.createDirectories(file.getParent());
        BuildState end = start.withOutputs(location, file);
        store.write(new BuildRecord(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), end,
                new ArrayList<>(thisBuild.values())));
    }

    /** This datasetkit: its version and the stamp of the code it runs. */
    static String software() {
        GoalKey code = new GoalKey("software");
        return DatasetkitVersion.current() + " " + code.value().orElse("unstamped");
    }
}
