package org.datasetkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import com.google.re2j.Pattern;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Datasets;
import org.datasetkit.core.support.DicomWriter;
import org.datasetkit.core.support.ImageFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's cache: an unchanged file is not read again, and the result is what reading it would give. */
class PrivacyCacheTest {

    private static final PrivacyPolicy PSEUDONYMS = new PrivacyPolicy(true, Set.of(),
            Optional.of(Pattern.compile("^ANON-\\d{6}$")), Set.of(), Set.of(), Set.of(), "");

    private static final String CLEAN = "id,label\n1,benign-benign\n";
    private static final String LEAK = "id,label\n1,19811218-9876\n";

    @TempDir
    Path root;

    @TempDir
    Path work;

    /** Counts the files each built-in check is handed. */
    private record Counting(FileCheck inner, AtomicInteger reads) implements FileCheck {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public Set<org.datasetkit.core.dataset.FileKind> kinds() {
            return inner.kinds();
        }

        @Override
        public void check(CheckedFile file, PrivacyPolicy policy, List<Diagnostic> findings) throws IOException {
            checkAndDescribe(file, policy, findings);
        }

        @Override
        public Optional<ImageAttributes> checkAndDescribe(CheckedFile file, PrivacyPolicy policy,
                List<Diagnostic> findings) throws IOException {
            reads.incrementAndGet();
            return inner.checkAndDescribe(file, policy, findings);
        }
    }

    private final AtomicInteger reads = new AtomicInteger();
    private final FileChecks counted = FileChecks.of(
            FileChecks.builtIn().all().stream().<FileCheck>map(c -> new Counting(c, reads)).toList());

    static byte[] png(String key, String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ImageFiles.pngChunk(out, "IHDR", new byte[13]);
        ImageFiles.pngChunk(out, "tEXt", (key + "\0" + value).getBytes(StandardCharsets.ISO_8859_1));
        ImageFiles.pngChunk(out, "IDAT", new byte[8]);
        ImageFiles.pngChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * Findings of every sort: an identifying DICOM name with a position, pseudonym shapes whose hint depends on
     * another file, a defect, a table, files no check reads, a name with a tab and a line feed.
     */
    @BeforeEach
    void dataset() throws Exception {
        Datasets.write(root, "images/a.dcm", DicomWriter.of(DicomWriter.EXPLICIT_LE).add(0x00080060, "CS", "MG")
                .add(0x00185101, "CS", "CC").add(0x00100010, "PN", "Doe^Jane").pixels(16).bytes());
        Datasets.write(root, "images/b.png", png("PatientName", "ANON-000123"));
        Datasets.write(root, "images/c.png", png("PatientName", "ANON-1234567"));
        Datasets.write(root, "images/d.png", png("PatientName", "Andersson^Karin"));
        byte[] flipped = ImageFiles.png("tEXt", "Comment\0fine");
        flipped[33 + 8 + 10] ^= 1;
        Datasets.write(root, "images/flipped.png", flipped);
        Datasets.write(root, "labels.csv", "id,note\n1,fine\n2,pnr 19811218-9876 in a note\n");
        Datasets.write(root, "notes\tand\nmore.bin", new byte[] {1, 2, 3});
        Datasets.write(root, "clean.csv", CLEAN);
        backdate();
    }

    /** Old modification times, and change times (which cannot be back-dated) aged past the window. */
    private void backdate() throws Exception {
        try (var files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(60)));
            }
        }
        Thread.sleep(50);
    }

    private Path cacheFile() {
        return work.resolve("privacy-cache.tsv");
    }

    private PrivacyResult scan(PrivacyPolicy policy, boolean force) throws IOException, Exception {
        reads.set(0);
        Dataset dataset = new DatasetScanner().scan(ScanRequest.of(root));
        return new PrivacyScanner(counted).scan(dataset, policy,
                new PrivacyScanOptions(2, Optional.of(cacheFile()), force, "test"));
    }

    private PrivacyResult scan() throws Exception {
        return scan(PSEUDONYMS, false);
    }

    private byte[] report(PrivacyResult result) throws IOException {
        Path json = work.resolve("privacy.json");
        new PrivacyReportWriter().write(json, result);
        return Files.readAllBytes(json);
    }

    private static List<String> logged(PrivacyResult result) {
        return result.grouped().all().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aSecondRunReadsNoFileAndGivesTheSameResultByte_for_byte() throws Exception {
        PrivacyResult cold = scan();
        int coldReads = reads.get();
        PrivacyResult cached = scan();

        assertThat(coldReads).isEqualTo(7);
        assertThat(reads.get()).as("files handed to a check on the cached run").isZero();
        assertThat(cached.cache().files()).isEqualTo(8);
        assertThat(cold.cache().files()).isZero();
        assertThat(report(cached)).isEqualTo(report(cold));
        assertThat(logged(cached)).isEqualTo(logged(cold)).isNotEmpty();
        assertThat(cached.diagnostics().all()).isEqualTo(cold.diagnostics().all());
        assertThat(cached.scannedInWords()).isEqualTo(cold.scannedInWords());
        assertThat(cached.imaging()).isEqualTo(cold.imaging());
        assertThat(cached.kinds()).isEqualTo(cold.kinds());
        assertThat(cached.cacheInWords()).isEqualTo(", 8 unchanged since the last run (not read again)");
    }

    @Test
    void findingsKeptInTheCacheStillCloseTheGate() throws Exception {
        scan();
        PrivacyResult cached = scan();

        assertThat(reads.get()).isZero();
        assertThat(cached.diagnostics().hasErrors()).isTrue();
        assertThat(cached.diagnostics().all()).extracting(Diagnostic::file).contains("images/a.dcm", "labels.csv",
                "images/flipped.png");
        assertThat(cached.diagnostics().all()).filteredOn(d -> d.file().equals("images/a.dcm")).singleElement()
                .satisfies(d -> assertThat(d.pointer()).isEqualTo("(0010,0010)"));
    }

    @Test
    void aPseudonymHintStillDependsOnTheShapesOfFilesNotReadAgain() throws Exception {
        scan();
        Files.write(root.resolve("images/c.png"), png("PatientName", "ANON-7654321")); // read again, b.png not

        PrivacyResult result = scan();

        assertThat(reads.get()).isEqualTo(1);
        assertThat(result.diagnostics().all()).filteredOn(d -> d.file().equals("images/c.png")).singleElement()
                .satisfies(d -> assertThat(d.hint()).contains("shaped like the pseudonyms"));
    }

    @Test
    void contentChangedWithTheModificationTimePutBackIsReadAgain() throws Exception {
        Path clean = root.resolve("clean.csv");
        FileTime mtime = Files.getLastModifiedTime(clean);
        scan();
        assertThat(LEAK).hasSameSizeAs(CLEAN);
        Files.writeString(clean, LEAK);
        Files.setLastModifiedTime(clean, mtime); // same size, same modification time: only the change time moved

        PrivacyResult result = scan();

        assertThat(reads.get()).isEqualTo(1);
        assertThat(result.diagnostics().all()).extracting(Diagnostic::file).contains("clean.csv");
    }

    @Test
    void aFileChangedTooCloseToTheLastRunIsNotTrusted() throws Exception {
        Datasets.write(root, "fresh.csv", "id,label\n1,benign\n"); // its times are now: as the run starts
        scan();

        scan();

        assertThat(reads.get()).as("the fresh file only").isEqualTo(1);
    }

    @Test
    void anotherAllowListOrDeclarationReadsEveryFileAgain() throws Exception {
        scan();
        PrivacyPolicy allowing = new PrivacyPolicy(true, Set.of(), PSEUDONYMS.pseudonym(), Set.of(), Set.of(),
                Set.of("labels.csv personnummer"), "");
        PrivacyPolicy otherPattern = new PrivacyPolicy(true, Set.of(), Optional.of(Pattern.compile("^ANON-\\d{7}$")),
                Set.of(), Set.of(), Set.of(), "");

        scan(allowing, false);
        int afterAllowList = reads.get();
        scan(otherPattern, false);

        assertThat(afterAllowList).isEqualTo(7);
        assertThat(reads.get()).isEqualTo(7);
    }

    @Test
    void aDamagedCacheIsIgnoredWholeWithAWarning() throws Exception {
        PrivacyResult cold = scan();
        byte[] cache = Files.readAllBytes(cacheFile());
        int at = new String(cache, StandardCharsets.ISO_8859_1).indexOf("person-name");
        cache[at + 7] = 'o'; // a finding's code changed: still a well-formed line
        Files.write(cacheFile(), cache);

        PrivacyResult result = scan();

        assertThat(reads.get()).isEqualTo(7);
        assertThat(result.cache().files()).isZero();
        assertThat(result.cache().warning()).hasValueSatisfying(w -> {
            assertThat(w.code()).isEqualTo("privacy.cache-ignored");
            assertThat(w.file()).isEqualTo(cacheFile().toString());
            assertThat(w.message()).contains("is damaged").contains("every file is read again");
        });
        assertThat(report(result)).isEqualTo(report(cold));
    }

    @Test
    void aTruncatedCacheIsIgnoredWholeWithAWarning() throws Exception {
        scan();
        byte[] cache = Files.readAllBytes(cacheFile());
        Files.write(cacheFile(), Arrays.copyOf(cache, cache.length / 2));

        PrivacyResult result = scan();

        assertThat(reads.get()).isEqualTo(7);
        assertThat(result.cache().warning()).isPresent();
    }

    @Test
    void forcedEveryFileIsReadAgainAndTheCacheKept() throws Exception {
        scan();

        scan(PSEUDONYMS, true);
        int forced = reads.get();
        scan();

        assertThat(forced).isEqualTo(7);
        assertThat(reads.get()).isZero();
    }

    @Test
    void aFileThatFailedForAReasonThatMayPassIsReadAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        FileCheck faulty = new FileCheck() {
            @Override
            public String name() {
                return "table";
            }

            @Override
            public Set<org.datasetkit.core.dataset.FileKind> kinds() {
                return Set.of(org.datasetkit.core.dataset.FileKind.CSV);
            }

            @Override
            public void check(CheckedFile file, PrivacyPolicy policy, List<Diagnostic> findings) {
                calls.incrementAndGet();
                throw new IllegalStateException("a fault in the check");
            }
        };
        PrivacyScanner scanner = new PrivacyScanner(FileChecks.of(List.of(faulty)));
        PrivacyScanOptions options = new PrivacyScanOptions(1, Optional.of(cacheFile()), false, "test");
        Dataset dataset = new DatasetScanner().scan(ScanRequest.of(root));

        scanner.scan(dataset, PSEUDONYMS, options);
        PrivacyResult again = scanner.scan(dataset, PSEUDONYMS, options);

        assertThat(calls.get()).isEqualTo(4); // two tables, twice: a fault is not an answer to keep
        assertThat(again.diagnostics().errorCount()).isEqualTo(2);
        assertThat(again.cache().files()).isEqualTo(6); // the files no check reads
    }
}
