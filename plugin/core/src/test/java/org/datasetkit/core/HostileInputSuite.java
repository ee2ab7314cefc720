package org.datasetkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.datasetkit.core.build.BuildListener;
import org.datasetkit.core.build.BuildSettings;
import org.datasetkit.core.build.BundleSettings;
import org.datasetkit.core.build.DatasetBuild;
import org.datasetkit.core.build.DatasetLocation;
import org.datasetkit.core.build.FixitySettings;
import org.datasetkit.core.build.GateSettings;
import org.datasetkit.core.build.Stage;
import org.datasetkit.core.build.StageCache;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.PayloadGlobs;
import org.datasetkit.core.dataset.ScanInAnotherJvm;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.support.Datasets;
import org.datasetkit.core.support.DicomWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault-injection suite for hostile datasheets, parameters and names: each case is tried as an attacker or an
 * unlucky user would, and prints one line — the case, the verdict it must get, what happened, the time and the peak
 * heap. A case holds when it ends, in bounded time, with the expected error (or a correct result), never with a
 * stack trace or a hang. On demand (it writes a 3 GB sparse file, forks a JVM and runs pathological inputs):
 * {@code mvn -pl plugin/core -am test -Dtest=HostileInputSuite -Ddataset.faultTests=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * The cheap cases are also ordinary unit tests and ITs.
 */
@EnabledIfSystemProperty(named = "dataset.faultTests", matches = "true")
class HostileInputSuite {

    /** Long enough for any case that works, short enough that a hang is reported, not waited out. */
    private static final long LIMIT_SECONDS = 120;

    private static final List<String> TABLE = new ArrayList<>();

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    @BeforeAll
    static void header() {
        TABLE.add(String.format(Locale.ROOT, "| %-44s | %-34s | %-58s | %9s | %9s | %s |", "case", "expected", "what happened",
                "time (ms)", "peak heap", "held"));
        TABLE.add("|" + "-".repeat(46) + "|" + "-".repeat(36) + "|" + "-".repeat(60) + "|" + "-".repeat(11) + "|"
                + "-".repeat(11) + "|------|");
    }

    @AfterAll
    static void print() {
        System.out.println(String.join("\n", TABLE));
    }

    // ---- datasheets

    @Test
    void hostileDatasheets() throws Exception {
        datasheet("alias (*a)", "error yaml.alias", "title: &t Test\ndescription: *t\n");
        StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            laughs.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append("]\n");
        }
        datasheet("billion laughs (9 levels of 9 aliases)", "error yaml.*", laughs.toString());
        datasheet("nesting 100,000 deep", "error yaml.*", "x: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        datasheet("version: 1e999999999", "error yaml.number-range", with("version: 1e999999999"));
        datasheet("version: 1e2147483647", "error yaml.number-range", with("version: 1e2147483647"));
        datasheet("instanceCount: 1e20", "error yaml.number-range", Datasets.MINIMAL_DATASHEET + "composition: {instanceCount: 1e20}\n");
        datasheet("instanceCount: .inf", "error yaml.number-range", Datasets.MINIMAL_DATASHEET + "composition: {instanceCount: .inf}\n");
        datasheet("a 1 MiB + 1 byte datasheet", "error datasheet.too-large",
                Datasets.MINIMAL_DATASHEET + "#" + "x".repeat(1024 * 1024) + "\n");
        datasheet("tab indentation", "error yaml.tab-indent",
                Datasets.MINIMAL_DATASHEET.replace("access: {level: open}", "access:\n\tlevel: open"));
        datasheet("derived without sources", "error schema.required",
                Datasets.MINIMAL_DATASHEET.replace("provenance: {origin: original}", "provenance: {origin: derived}"));
        datasheet("pseudonymPattern with look-ahead", "error datasheet.pattern", deidentified("^(?=A)\\\\w+$"));
        datasheet("dataset licence 'cc'", "error license.*",
                Datasets.MINIMAL_DATASHEET.replace("spdx: CC-BY-4.0", "spdx: cc"));
        datasheet("source under NOASSERTION", "error license.review",
                Datasets.MINIMAL_DATASHEET.replace("provenance: {origin: original}",
                        "provenance: {origin: derived, sources: [{title: M, license: NOASSERTION, use: adapt}]}"));
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET.replace("license: {spdx: CC-BY-4.0}",
                "license: {spdx: CC-BY-4.0, textFile: LICENSE.txt}"));
        sparse(root.resolve("LICENSE.txt"));
        run("license.textFile of 3 GB (sparse)", "error license.text-too-large", () -> gates(location(root.resolve("target"))));
        Files.delete(root.resolve("LICENSE.txt"));
        redosThroughThePrivacyGate();
    }

    /** ReDoS patterns, matched by the gate against a person name of 60 a's and a '!' in a DICOM header. */
    private void redosThroughThePrivacyGate() throws Exception {
        for (String pattern : List.of("^(.*a){12}$", "^(a|aa)+$", "^(a+)+$")) {
            Datasets.write(root, "datasheet.yaml", deidentified(pattern.replace("\\", "\\\\")));
            // a well-marked de-identified file whose only flaw is a name that almost matches the pattern
            Datasets.write(root, "data/a.dcm", DicomWriter.of(DicomWriter.EXPLICIT_LE)
                    .add(0x00100010, "PN", "a".repeat(60) + "!").add(0x00120062, "CS", "YES").pixels(16).bytes());
            run("pseudonymPattern " + pattern + " vs a{60}!", "error privacy.person-name",
                    () -> gates(location(root.resolve("target"))));
        }
    }

    // ---- parameters

    @Test
    void hostileParameters() {
        run("excludes: [", "refused, names the pattern", () -> refusal(() -> new PayloadGlobs(List.of("["))));
        run("threads: 100000", "refused", () -> refusal(() -> BuildSettings.threads(100_000)));
        run("threads: -1", "refused", () -> refusal(() -> BuildSettings.threads(-1)));
        run("algorithms: (none)", "refused", () -> refusal(() -> new FixitySettings(List.of(), false)));
        run("format: rar", "refused", () -> refusal(() -> BundleSettings.format("rar")));
        run("outputDirectory: data (inside the dataset)", "refused", () -> refusal(() -> location(root.resolve("data"))));
        run("outputDirectory: the dataset folder", "refused", () -> refusal(() -> location(root)));
        run("privacyAllowlist of 3 GB (sparse)", "error privacy.allowlist-too-large", () -> {
            Datasets.minimal(root);
            Path list = sparse(elsewhere.resolve("allow.txt"));
            GateSettings gates = new GateSettings(org.datasetkit.core.diag.FailurePolicy.ERROR,
                    org.datasetkit.core.diag.SeverityOverrides.NONE, Set.of(), Optional.empty(), Optional.of(list));
            return gates(location(root.resolve("target")), gates);
        });
        run("bagitProfile of 3 GB (sparse)", "error bag.profile-unreadable", () -> {
            Datasets.minimal(root);
            sparse(root.resolve("target/profile.json"));
            BundleSettings bundle = new BundleSettings(Optional.empty(), Optional.empty(), "zip",
                    org.datasetkit.core.bag.Compression.AUTO, Optional.of("target/profile.json"), Optional.empty(),
                    Optional.empty());
            return gates(new BuildSettings(location(root.resolve("target")), GateSettings.defaults(),
                    FixitySettings.defaults(), bundle, 2));
        });
        run("outputDirectory: target", "accepted", () -> {
            location(root.resolve("target"));
            return "accepted";
        });
    }

    // ---- names

    @Test
    void hostileNames() throws Exception {
        Datasets.minimal(root);
        Datasets.write(root, "data/Malmö/bröstcancer.txt", "åäö");
        run("LANG=C, data/Malmö/bröstcancer.txt", "error dataset.undecodable-name", this::scanUnderLangC);
        Files.delete(root.resolve("data/Malmö/bröstcancer.txt"));
        Files.delete(root.resolve("data/Malmö"));
        Process touch = new ProcessBuilder("sh", "-c", "touch \"$(printf 'data/bl\\345b\\344r.txt')\"")
                .directory(root.toFile()).start();
        assertThat(touch.waitFor()).isZero();
        run("a Latin-1 name (not UTF-8)", "error dataset.undecodable-name", () -> scan(List.of()));
        run("the same folder excluded as data/**", "scanned, folder not listed", () -> scan(List.of("data/**")));
        Datasets.write(root, "docs/a\\b.txt", "x");
        run("a backslash in a name", "error dataset.backslash-name", () -> scan(List.of("data/**")));
    }

    private String scanUnderLangC() throws Exception {
        ProcessBuilder p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ScanInAnotherJvm.class.getName(), root.toString())
                .redirectErrorStream(true);
        p.environment().remove("LC_ALL");
        p.environment().put("LANG", "C");
        Process run = p.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run.getInputStream().transferTo(out);
        run.waitFor();
        String printed = out.toString(StandardCharsets.US_ASCII);
        int code = printed.indexOf("error [");
        return code < 0 ? "passed: " + printed.lines().skip(1).findFirst().orElse("")
                : "error " + printed.substring(code + 7, printed.indexOf(']', code)) + " (exit " + run.exitValue() + ")";
    }

    // ---- helpers

    private static String with(String versionLine) {
        return Datasets.MINIMAL_DATASHEET.replace("version: \"1.0.0\"", versionLine);
    }

    private static String deidentified(String pattern) {
        return Datasets.MINIMAL_DATASHEET.replace("access: {level: open}", "access: {level: restricted}")
                + "personalData:\n  contains: true\n  deidentification:\n"
                + "    method: DICOM PS3.15 Basic Application Level Confidentiality Profile\n"
                + "    pseudonymPattern: \"" + pattern + "\"\n";
    }

    private void datasheet(String name, String expected, String yaml) {
        Datasets.write(root, "datasheet.yaml", yaml);
        run(name, expected, () -> gates(location(root.resolve("target"))));
    }

    private DatasetLocation location(Path output) {
        return new DatasetLocation(root, Optional.empty(), output, List.of(), List.of("target"), SymlinkPolicy.FOLLOW,
                Optional.empty());
    }

    private static Path sparse(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(3L << 30); // 3 GB, no disk used
        }
        return file;
    }

    private String gates(DatasetLocation where) throws Exception {
        return gates(where, GateSettings.defaults());
    }

    private String gates(DatasetLocation where, GateSettings gates) throws Exception {
        return gates(new BuildSettings(where, gates, FixitySettings.defaults(), BundleSettings.defaults(), 2));
    }

    /** Runs the gates as a release build would, and says how it ended. */
    private String gates(BuildSettings settings) throws Exception {
        Findings findings = new Findings();
        DatasetBuild build = new DatasetBuild(settings, new StageCache(), findings);
        try {
            build.privacy();
            return "passed, " + findings.first();
        } catch (DatasetException e) {
            findings.all.addAll(e.diagnostics().all()); // a refusal before any stage ran is in the exception only
            return "refused: " + findings.first();
        }
    }

    private String scan(List<String> excludes) {
        try {
            int files = new DatasetScanner().scan(new ScanRequest(root, excludes, List.of(), SymlinkPolicy.FOLLOW)).files().size();
            return "scanned: " + files + " payload files";
        } catch (DatasetException e) {
            return "error " + e.diagnostics().all().get(0).code() + " on " + e.diagnostics().all().get(0).file();
        } catch (Exception e) {
            return "EXCEPTION " + e;
        }
    }

    private static String refusal(Callable<Object> make) {
        try {
            make.call();
            return "accepted";
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getMessage();
        } catch (Exception e) {
            return "EXCEPTION " + e;
        }
    }

    /** Runs one case on a thread of its own, bounded in time, and adds its line to the table. */
    private void run(String name, String expected, Callable<String> attempt) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hostile-case");
            t.setDaemon(true); // a hung case must not keep the JVM alive
            return t;
        });
        long start = System.nanoTime();
        String outcome;
        try {
            Future<String> f = one.submit(attempt);
            outcome = f.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            outcome = "HUNG (over " + LIMIT_SECONDS + " s)";
        } catch (Exception e) {
            outcome = "EXCEPTION " + (e.getCause() == null ? e : e.getCause());
        } catch (Error e) {
            outcome = "ERROR " + e;
        } finally {
            one.shutdownNow();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        boolean held = holds(expected, outcome);
        TABLE.add(String.format(Locale.ROOT, "| %-44s | %-34s | %-58s | %,9d | %6.1f MB | %s |", name, expected,
                shorten(outcome), ms, peak / 1e6, held ? "yes" : "NO"));
        assertThat(held).as(name + ": " + outcome).isTrue();
    }

    private static boolean holds(String expected, String outcome) {
        if (outcome.startsWith("EXCEPTION") || outcome.startsWith("ERROR") || outcome.startsWith("HUNG")) {
            return false;
        }
        if (expected.startsWith("error ")) {
            String code = expected.substring(6).split(" ")[0].replace("*", "");
            return outcome.contains(code) && !outcome.startsWith("passed");
        }
        if (expected.startsWith("refused")) {
            return outcome.startsWith("refused");
        }
        if (expected.startsWith("scanned")) {
            return outcome.startsWith("scanned");
        }
        return outcome.startsWith(expected);
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 58 ? one : one.substring(0, 55) + "...";
    }

    /** The first error the build reported (or the first finding), as "error code". */
    private static final class Findings implements BuildListener {
        private final List<Diagnostic> all = new ArrayList<>();

        @Override
        public void findings(Stage stage, Diagnostics diagnostics, Optional<Path> fullList) {
            all.addAll(diagnostics.all());
        }

        @Override
        public void info(String line) {}

        @Override
        public void warn(String line) {}

        /** The first error (or finding) as "error code at line:col", and the codes of the other errors. */
        String first() {
            String firstCode = all.stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::code).orElse("");
            List<String> others = all.stream().filter(Diagnostic::isError).map(Diagnostic::code)
                    .filter(c -> !c.equals(firstCode)).distinct().toList();
            return all.stream().filter(Diagnostic::isError).findFirst().or(() -> all.stream().findFirst())
                    .map(d -> d.severity().label() + " " + d.code() + (d.line() > 0 ? " at " + d.line() + ":" + d.column() : ""))
                    .orElse("no findings") + (others.isEmpty() ? "" : " + " + String.join(", ", others));
        }
    }
}
