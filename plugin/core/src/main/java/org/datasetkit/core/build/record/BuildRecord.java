package org.datasetkit.core.build.record;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The last build's end: the state it left (after its last goal) and, per goal that ran or replayed in it, that goal's
 * run. Nothing else: what a goal computed is in its own outputs, stamped in the state.
 *
 * @param built when it was written, ISO-8601 UTC, for the replay line
 */
public record BuildRecord(String built, BuildState end, List<GoalRun> goals) {

    public BuildRecord {
        Objects.requireNonNull(built, "built");
        Objects.requireNonNull(end, "end");
        goals = List.copyOf(goals);
    }

    /** The run of {@code goal} recorded under {@code key}, if any. */
    Optional<GoalRun> run(String goal, String key) {
        return goals.stream().filter(g -> g.goal().equals(goal) && g.key().equals(key)).findFirst();
    }
}
