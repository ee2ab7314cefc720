package org.datasetkit.core.build.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.build.DatasetLocation;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The up-to-date check's rules, each shown with the change that must make a goal run for real. */
class UpToDateCheckTest {

    /** Ten seconds ahead: files written by the test are then settled, not racy. */
    private static final long LATER = 10_000;

    @TempDir
    Path root;

    private DatasetLocation location;

    @BeforeEach
    void dataset() throws IOException {
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("datasheet.yaml"), "title: t\n");
        Files.writeString(root.resolve("data/a.csv"), "x,y\n1,2\n");
        Files.writeString(root.resolve("scratch.tmp"), "left out\n");
        Files.createDirectories(root.resolve(".git"));
        location = new DatasetLocation(root, Optional.empty(), root.resolve("target"), List.of("*.tmp"),
                List.of("target"), SymlinkPolicy.FOLLOW, Optional.empty());
        Files.createDirectories(location.workDirectory());
        Files.writeString(location.workDirectory().resolve("manifest-sha256.txt"), "abc  data/a.csv\n");
    }

    private static long later() {
        return System.currentTimeMillis() + LATER;
    }

    private GoalKey key(String goal) {
        return new GoalKey(goal, later()).add("setting", "a");
    }

    private static GoalRun run(String goal, GoalKey key) {
        return new GoalRun(goal, key.value().orElseThrow(), List.of(new GoalRun.Line(GoalRun.Level.WARN, "a\twarning\n")),
                List.of(new GoalRun.HandedOver("attached", "zip", "dataset", Path.of("/tmp/x.zip"))));
    }

    /** A first build that ran {@code goal} for real and recorded it. */
    private void recorded(String... goals) throws IOException {
        UpToDateCheck first = UpToDateCheck.start(location, later());
        for (String goal : goals) {
            assertThat(first.decide(goal, key(goal), false).replay()).isEmpty();
            first.ran(run(goal, key(goal)));
        }
    }

    private boolean replays(String goal) throws IOException {
        return UpToDateCheck.start(location, later()).decide(goal, key(goal), false).replay().isPresent();
    }

    @Test
    void anUnchangedBuildReplaysItsGoalsWithTheirLinesAndFiles() throws IOException {
        recorded("validate", "bundle");
        UpToDateCheck second = UpToDateCheck.start(location, later());
        UpToDateCheck.Decision d = second.decide("bundle", key("bundle"), false);
        assertThat(d.replay()).contains(run("bundle", key("bundle")));
        assertThat(d.built()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(second.decide("validate", key("validate"), false).replay()).isPresent();
    }

    @Test
    void aReplayWritesNothing() throws IOException {
        recorded("validate");
        Path record = location.workDirectory().resolve(UpToDateCheck.FILE);
        byte[] before = Files.readAllBytes(record);
        FileTime time = Files.getLastModifiedTime(record);
        UpToDateCheck second = UpToDateCheck.start(location, later());
        GoalRun again = second.decide("validate", key("validate"), false).replay().orElseThrow();
        second.replayed(again);
        assertThat(Files.readAllBytes(record)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(record)).isEqualTo(time);
        assertThat(replays("validate")).isTrue();
    }

    @Test
    void anEditThatKeepsTheSizeAndTheModificationTimeIsCaughtByTheChangeTime() throws IOException {
        recorded("validate");
        Path file = root.resolve("data/a.csv");
        FileTime mtime = Files.getLastModifiedTime(file);
        Files.writeString(file, "x,y\n9,2\n");
        Files.setLastModifiedTime(file, mtime);
        assertThat(replays("validate")).isFalse();
    }

    @Test
    void aNewOrRemovedDataFileRunsForReal() throws IOException {
        recorded("validate");
        Files.writeString(root.resolve("data/b.csv"), "x\n");
        assertThat(replays("validate")).isFalse();
        recorded("validate");
        assertThat(replays("validate")).isTrue();
        Files.delete(root.resolve("data/b.csv"));
        assertThat(replays("validate")).isFalse();
    }

    @Test
    void excludedFilesAndVersionControlDoNotCount() throws IOException {
        recorded("validate");
        Files.writeString(root.resolve("scratch.tmp"), "changed, and longer\n");
        Files.writeString(root.resolve(".git/index"), "busy\n");
        assertThat(replays("validate")).isTrue();
    }

    @Test
    void aChangedOrRemovedOutputRunsForReal() throws IOException {
        recorded("validate");
        Path manifest = location.workDirectory().resolve("manifest-sha256.txt");
        Files.writeString(manifest, "abd  data/a.csv\n");
        assertThat(replays("validate")).isFalse();
        recorded("validate");
        Files.delete(manifest);
        assertThat(replays("validate")).isFalse();
    }

    @Test
    void aDatasheetOutsideTheFolderCounts(@TempDir Path elsewhere) throws IOException {
        Path sheet = elsewhere.resolve("sheet.yaml");
        Files.writeString(sheet, "title: t\n");
        location = new DatasetLocation(root, Optional.of(sheet), root.resolve("target"), List.of(), List.of("target"),
                SymlinkPolicy.FOLLOW, Optional.empty());
        recorded("validate");
        assertThat(replays("validate")).isTrue();
        Files.writeString(sheet, "title: u\n");
        assertThat(replays("validate")).isFalse();
    }

    @Test
    void aFileChangedJustBeforeTheStateWasTakenMakesTheRecordUntrustworthy() throws IOException {
        UpToDateCheck first = UpToDateCheck.start(location, System.currentTimeMillis()); // a.csv: written just now
        first.ran(run("validate", key("validate")));
        assertThat(Files.readString(location.workDirectory().resolve(UpToDateCheck.FILE))).contains("\tracy\t");
        UpToDateCheck.Decision d = UpToDateCheck.start(location, later()).decide("validate", key("validate"), false);
        assertThat(d.replay()).isEmpty();
        assertThat(d.reason()).contains("cannot be trusted").contains("changed less than a second before");
    }

    @Test
    void aDamagedRecordIsIgnoredWithOneWarning() throws IOException {
        recorded("validate");
        Path record = location.workDirectory().resolve(UpToDateCheck.FILE);
        Files.writeString(record, Files.readString(record).replace("a\\twarning", "b\\twarning"));
        UpToDateCheck second = UpToDateCheck.start(location, later());
        assertThat(second.decide("validate", key("validate"), false).replay()).isEmpty();
        assertThat(second.warningOnce()).hasValueSatisfying(w -> assertThat(w).contains(record.toString())
                .contains("damaged").contains("every goal runs"));
        assertThat(second.warningOnce()).isEmpty();
    }

    @Test
    void aRecordOfAnotherDatasetkitIsIgnored() throws IOException {
        recorded("validate");
        Path record = location.workDirectory().resolve(UpToDateCheck.FILE);
        new BuildRecordFile(record, "0.0.1 other").write(new BuildRecordFile(record, "0.0.1 other").read().record()
                .orElse(new BuildRecord("2026-01-01T00:00:00Z", BuildState.take(location, record, later()), List.of(
                        run("validate", key("validate"))))));
        UpToDateCheck second = UpToDateCheck.start(location, later());
        assertThat(second.decide("validate", key("validate"), false).replay()).isEmpty();
        assertThat(second.warningOnce()).hasValueSatisfying(w -> assertThat(w).contains("another datasetkit"));
    }

    @Test
    void forcedOrWithOtherSettingsAGoalRunsForReal() throws IOException {
        recorded("validate");
        UpToDateCheck second = UpToDateCheck.start(location, later());
        assertThat(second.decide("validate", key("validate"), true).replay()).isEmpty();
        assertThat(second.decide("validate", new GoalKey("validate", later()).add("setting", "b"), false).replay())
                .isEmpty();
        assertThat(second.decide("bundle", key("bundle"), false).replay()).isEmpty();
        assertThat(second.decide("validate", key("validate").unusable("a lambda"), false).reason()).contains("a lambda");
    }

    @Test
    void afterAGoalRanForRealNoLaterGoalOfTheBuildReplays() throws IOException {
        recorded("validate", "checksum", "bundle");
        UpToDateCheck second = UpToDateCheck.start(location, later());
        second.replayed(second.decide("validate", key("validate"), false).replay().orElseThrow());
        GoalKey changed = new GoalKey("checksum", later()).add("setting", "sha512");
        assertThat(second.decide("checksum", changed, false).replay()).isEmpty();
        second.ran(run("checksum", changed));
        UpToDateCheck.Decision bundle = second.decide("bundle", key("bundle"), false);
        assertThat(bundle.replay()).isEmpty();
        assertThat(bundle.reason()).contains("an earlier goal of this build ran");
        // the record now holds what this build ran or replayed, and nothing older
        UpToDateCheck third = UpToDateCheck.start(location, later());
        assertThat(third.decide("validate", key("validate"), false).replay()).isPresent();
        assertThat(third.decide("checksum", changed, false).replay()).isPresent();
        assertThat(third.decide("bundle", key("bundle"), false).replay()).isEmpty();
    }

    @Test
    void aFailedGoalIsRemovedFromTheRecord() throws IOException {
        recorded("validate", "bundle");
        UpToDateCheck second = UpToDateCheck.start(location, later());
        second.replayed(second.decide("validate", key("validate"), false).replay().orElseThrow());
        second.notRecorded("bundle");
        assertThat(replays("bundle")).isFalse();
        assertThat(replays("validate")).isTrue();
    }

    @Test
    void linesAndFilesSurviveTheRecordWithTabsAndLineBreaks() throws IOException {
        recorded("validate");
        GoalRun back = UpToDateCheck.start(location, later()).decide("validate", key("validate"), false).replay()
                .orElseThrow();
        assertThat(back.lines()).containsExactly(new GoalRun.Line(GoalRun.Level.WARN, "a\twarning\n"));
        assertThat(Files.readString(location.workDirectory().resolve(UpToDateCheck.FILE), StandardCharsets.UTF_8))
                .startsWith(BuildRecordFile.FORMAT + "\t");
    }
}
