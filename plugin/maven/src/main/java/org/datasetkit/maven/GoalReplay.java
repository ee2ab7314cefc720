package org.datasetkit.maven;

import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.datasetkit.core.build.record.GoalKey;
import org.datasetkit.core.build.record.GoalRun;
import org.datasetkit.core.build.record.UpToDateCheck;
import org.datasetkit.core.diag.DatasetException;

/**
 * One goal's turn at the up-to-date check: repeats the last build's run when the check allows (one line saying so,
 * then the recorded lines and hand-overs), else runs the goal for real through a recording log and records it only
 * once it succeeded. Loads nothing of the pipeline on the replay path but what re-attaching needs.
 */
final class GoalReplay {

    private final AbstractPipelineMojo mojo;
    private final UpToDateCheck check;

    GoalReplay(AbstractPipelineMojo mojo, UpToDateCheck check) {
        this.mojo = mojo;
        this.check = check;
    }

    void runOrReplay() throws MojoExecutionException, MojoFailureException, IOException, DatasetException {
        check.warningOnce().ifPresent(mojo.getLog()::warn);
        String goal = mojo.goalName();
        GoalKey key = mojo.replayable() ? mojo.key() : new GoalKey(goal).unusable(goal + " never replays");
        UpToDateCheck.Decision decision = check.decide(goal, key, mojo.forced());
        if (decision.replay().isPresent()) {
            replay(decision.replay().get(), decision.built());
            return;
        }
        mojo.getLog().debug(goal + " runs: " + decision.reason());
        RecordingLog log = new RecordingLog(mojo.getLog());
        mojo.recordThrough(log);
        boolean succeeded = false;
        try {
            mojo.runForReal();
            succeeded = true;
        } finally {
            mojo.recordThrough(null);
            if (!succeeded) {
                check.notRecorded(goal);
            }
        }
        Optional<String> unrecordable = key.value().isEmpty() ? key.whyUnusable() : mojo.unrecordable();
        if (unrecordable.isPresent()) {
            mojo.getLog().debug(goal + " is not recorded for the next build: " + unrecordable.get());
            check.notRecorded(goal);
        } else {
            check.ran(new GoalRun(goal, key.value().get(), log.lines(), mojo.handedOver()));
        }
    }

    private void replay(GoalRun run, String built) throws IOException, DatasetException, MojoFailureException {
        mojo.getLog().info(run.goal() + ": nothing changed since the build of " + built + " (dataset, datasheet, "
                + "settings and outputs as it left them; -Ddataset.force runs it again); its result:");
        mojo.repeat(run);
        for (GoalRun.HandedOver file : run.handedOver()) {
            mojo.handBack(file);
        }
        check.replayed(run);
    }
}
