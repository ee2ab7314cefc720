package org.datasetkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The fault-injection suite, on demand ({@code bash plugin/bench/fault-bench.sh [WORKDIR]}): kill -9 at random points
 * of checksum and bundle then a clean re-run, a file changed before and during each stage (same size, modification
 * time put back), a full disk (a 20 MB tmpfs, when the machine lets us mount one), and hostile archives. Every case
 * runs in its own JVM with a 256 MB heap; one line per case: the case, the expected verdict, what happened, the time
 * and the peak resident memory of that JVM.
 */
public final class FaultSuite {

    private static final long TIMEOUT_SECONDS = 300;

    private final Path work;
    private final List<String[]> rows = new ArrayList<>();
    private int held;
    private int broken;
    private int skipped;

    private FaultSuite(Path work) {
        this.work = work;
    }

    /** What one JVM did: its last line, exit code, time and peak resident memory. */
    private record Outcome(String line, int exit, double seconds, long peakKb, boolean killed) {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "/tmp/datasetkit-faults").toAbsolutePath();
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        new FaultSuite(work).runAll(new SplittableRandom(seed), seed);
    }

    private void runAll(SplittableRandom random, long seed) throws Exception {
        Files.createDirectories(work);
        System.out.println("fault-injection suite in " + work + " (kill points from seed " + seed + ")");
        fresh("dataset");
        child("dataset", Long.MAX_VALUE);
        for (int i = 0; i < 3; i++) {
            killThenRerun("checksum-cold", "checksum-rerun", 150 + random.nextInt(900)); // the JVM starts in ~0.3 s
        }
        child("checksum", Long.MAX_VALUE); // the cache and manifests in place for the bundle kills
        for (int i = 0; i < 3; i++) {
            killThenRerun("bundle", "bundle-rerun", 300 + random.nextInt(5000));
        }
        row("same-size edit, time put back, between checksum runs", "hashed again", child("edit-between-runs", Long.MAX_VALUE));
        row("same-size edit, time put back, before bundle", "error naming the file, no archive", child("edit-before-bundle", Long.MAX_VALUE));
        row("file rewritten during checksum", "error naming the file", child("edit-during-checksum", Long.MAX_VALUE));
        row("file rewritten during bundle", "error naming the file", child("edit-during-bundle", Long.MAX_VALUE));
        diskFull();
        for (String hostile : HostileBags.names()) {
            row("hostile bag: " + hostile, "invalid, " + HostileBags.expectedCode(hostile), child(hostile, Long.MAX_VALUE));
        }
        print();
    }

    private void killThenRerun(String stage, String rerun, long killAfterMillis) throws Exception {
        Outcome killed = child(stage, killAfterMillis);
        Outcome again = child(rerun, Long.MAX_VALUE);
        String when = killed.killed() ? "kill -9 after " + killAfterMillis + " ms" : "finished before the kill at " + killAfterMillis + " ms";
        row(stage + ": " + when + ", then a re-run", "re-run complete and correct, nothing stale or left over",
                new Outcome(again.line(), again.exit(), again.seconds(), Math.max(killed.peakKb(), again.peakKb()), false));
    }

    private void diskFull() throws Exception {
        Path small = Files.createDirectories(work.resolve("small-disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", small.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (mount.waitFor() != 0) {
            rows.add(new String[] {"disk full (20 MB tmpfs)", "error naming the output, nothing left", "SKIPPED: cannot mount a tmpfs here: " + said, "", ""});
            skipped++;
            return;
        }
        try {
            row("disk full (20 MB tmpfs)", "error naming the output, nothing left", child("disk-full", Long.MAX_VALUE));
        } finally {
            new ProcessBuilder("umount", small.toString()).inheritIO().start().waitFor();
        }
    }

    /** Runs one case in a new JVM, killing it with SIGKILL after {@code killAfterMillis}; samples its peak memory. */
    private Outcome child(String name, long killAfterMillis) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), FaultCases.class.getName(), name, work.toString());
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile()).start();
        long peak = 0;
        boolean killed = false;
        long deadline = started + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!process.waitFor(10, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakKb(process.pid()));
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (elapsed >= killAfterMillis || System.nanoTime() > deadline) {
                killed = elapsed >= killAfterMillis;
                new ProcessBuilder("kill", "-9", Long.toString(process.pid())).start().waitFor();
                process.waitFor();
                break;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<String> lines = Files.readAllLines(work.resolve(name + ".log"));
        String last = lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
        if (!killed && System.nanoTime() > deadline) {
            last = "BROKEN: still running after " + TIMEOUT_SECONDS + " s (a hang)";
        }
        return new Outcome(last, process.exitValue(), seconds, peak, killed);
    }

    /** VmHWM, the JVM's peak resident memory so far, in kB; 0 once it is gone. */
    private static long peakKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // exited between two samples
        }
        return 0;
    }

    private void row(String name, String expected, Outcome outcome) {
        boolean ok = outcome.line().startsWith("HELD") && outcome.exit() == 0;
        if (ok) {
            held++;
        } else {
            broken++;
        }
        rows.add(new String[] {name, expected, outcome.line(), String.format(Locale.ROOT, "%.1f s", outcome.seconds()),
                String.format(Locale.ROOT, "%d MB", outcome.peakKb() / 1024)});
    }

    private void fresh(String name) throws IOException {
        org.datasetkit.core.output.Leftovers.deleteTree(work.resolve(name));
        org.datasetkit.core.output.Leftovers.deleteTree(work.resolve("target"));
        org.datasetkit.core.output.Leftovers.deleteTree(work.resolve("reference"));
    }

    private void print() {
        System.out.println();
        System.out.println("| case | expected | what happened | time | peak RSS |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (String[] r : rows) {
            System.out.println("| " + String.join(" | ", r).replace("\n", " ") + " |");
        }
        System.out.println();
        System.out.println("cases: " + held + " held, " + broken + " broken, " + skipped + " skipped");
    }
}
