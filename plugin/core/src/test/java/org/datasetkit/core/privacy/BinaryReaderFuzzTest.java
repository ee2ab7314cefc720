package org.datasetkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import com.google.re2j.Pattern;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.DicomWriter;
import org.datasetkit.core.support.ImageFiles;
import org.datasetkit.core.support.MetadataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mutation fuzzer over the binary readers (DICOM, PNG, JPEG, TIFF, NIfTI): seeds from public test suites (see
 * {@code privacy-corpus/SOURCES.md}) and from the test builders, each mutated by truncation, bit flips, overwritten
 * length and offset fields and inserted bytes, then handed to the check for its kind. A check may find things or
 * report the file as defective; any other exception, an Error or more than {@link #MAX_ALLOCATED} bytes allocated for
 * one file is a failure. The normal suite runs {@link #CASES} cases; {@code -Dprivacy.fuzz.cases=200000} runs more.
 */
class BinaryReaderFuzzTest {

    static final int CASES = Integer.getInteger("privacy.fuzz.cases", 4000);
    static final long MAX_ALLOCATED = 64L << 20;
    private static final int[] INTERESTING = {0, -1, 0x7FFFFFFF, 0x80000000, 0xFFFF, 0x8000, 16, 1, 8, 0x10000};

    @TempDir
    Path dir;

    private record Seed(String name, FileKind kind, byte[] bytes) {}

    @Test
    @Timeout(300) // a hang guard, not a measure of speed
    void noMutationOfAnySeedMakesACheckThrowAnythingButADefect() throws Exception {
        List<Seed> seeds = seeds();
        FileChecks checks = FileChecks.builtIn();
        PrivacyPolicy policy = new PrivacyPolicy(true, Set.of(), Optional.of(Pattern.compile("^ANON\\d+$")), Set.of(),
                Set.of(), Set.of(), "PS3.15");
        Random random = new Random(20261130);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<String> escaped = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        long maxAllocated = 0;
        for (int i = 0; i < CASES; i++) {
            Seed seed = seeds.get(i % seeds.size());
            String mutation = "";
            byte[] bytes = seed.bytes().clone();
            for (int m = 0, n = 1 + random.nextInt(3); m < n; m++) {
                MutationResult r = mutate(bytes, random);
                bytes = r.bytes();
                mutation += r.what() + " ";
            }
            Path caseDir = Files.createDirectories(dir.resolve("case" + (i % 8)));
            Path file = caseDir.resolve(seed.name());
            Files.write(file, bytes);
            DatasetFile df = DatasetFile.of(seed.name(), caseDir, bytes.length, 0, "");
            FileCheck check = checks.forKind(seed.kind()).orElseThrow();
            long before = threads.getCurrentThreadAllocatedBytes();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                check.check(new CheckedFile(df, seed.kind(), in), policy, new ArrayList<Diagnostic>());
                outcomes.merge("checked", 1, Integer::sum);
            } catch (FileDefect e) {
                outcomes.merge("defect", 1, Integer::sum);
            } catch (Throwable e) {
                escaped.add("case " + i + " " + seed.name() + " (" + mutation.strip() + "): " + e);
            }
            maxAllocated = Math.max(maxAllocated, threads.getCurrentThreadAllocatedBytes() - before);
        }
        System.out.printf("fuzz: %,d cases over %d seeds: %s; most allocated for one file: %,d bytes%n", CASES,
                seeds.size(), outcomes, maxAllocated);

        assertThat(escaped).as("exceptions that escaped a check").isEmpty();
        assertThat(maxAllocated).isLessThan(MAX_ALLOCATED);
    }

    private record MutationResult(byte[] bytes, String what) {}

    private static MutationResult mutate(byte[] b, Random random) {
        if (b.length == 0) {
            return new MutationResult(new byte[] {(byte) random.nextInt()}, "grow");
        }
        switch (random.nextInt(5)) {
            case 0 -> {
                int at = random.nextInt(b.length);
                return new MutationResult(java.util.Arrays.copyOf(b, at), "truncate@" + at);
            }
            case 1, 2 -> {
                int at = hotOffset(b, random);
                b[at] ^= (byte) (1 << random.nextInt(8));
                return new MutationResult(b, "flip@" + at);
            }
            case 3 -> {
                int at = hotOffset(b, random);
                int v = random.nextBoolean() ? INTERESTING[random.nextInt(INTERESTING.length)] : random.nextInt();
                boolean little = random.nextBoolean();
                int width = random.nextBoolean() ? 4 : 2;
                for (int k = 0; k < width && at + k < b.length; k++) {
                    b[at + k] = (byte) (little ? v >>> (8 * k) : v >>> (8 * (width - 1 - k)));
                }
                return new MutationResult(b, "field@" + at + "=" + Integer.toHexString(v));
            }
            default -> {
                int at = random.nextInt(b.length);
                int n = 1 + random.nextInt(64);
                byte[] out = new byte[b.length + n];
                System.arraycopy(b, 0, out, 0, at);
                random.ints(n).forEach(x -> { });
                for (int k = 0; k < n; k++) {
                    out[at + k] = b[random.nextInt(b.length)];
                }
                System.arraycopy(b, at, out, at + n, b.length - at);
                return new MutationResult(out, "insert@" + at + "+" + n);
            }
        }
    }

    /** Headers, directories and chunk lengths live near the start: mutate there more often than in the pixels. */
    private static int hotOffset(byte[] b, Random random) {
        return random.nextInt(4) > 0 ? random.nextInt(Math.min(b.length, 2048)) : random.nextInt(b.length);
    }

    private static List<Seed> seeds() throws IOException {
        List<Seed> seeds = new ArrayList<>();
        Path corpus = Path.of("src/test/resources/privacy-corpus");
        try (var files = Files.list(corpus)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                FileKind kind = name.endsWith(".dcm") ? FileKind.DICOM : name.endsWith(".png") ? FileKind.PNG
                        : name.endsWith(".jpg") ? FileKind.JPEG : name.endsWith(".tiff") ? FileKind.TIFF
                        : name.contains(".nii") ? FileKind.NIFTI : null;
                if (kind != null) {
                    seeds.add(new Seed(name, kind, Files.readAllBytes(p)));
                }
            }
        }
        seeds.add(new Seed("built.dcm", FileKind.DICOM, DicomWriter.of(DicomWriter.EXPLICIT_LE).add(0x00100010, "PN",
                "Doe^Jane").sequence(0x00081140, true, List.of(item -> item.add(0x00100010, "PN", "Roe^Rich")))
                .pixels(16).bytes()));
        seeds.add(new Seed("built-deflated.dcm", FileKind.DICOM, DicomWriter.of(DicomWriter.DEFLATED)
                .add(0x00100010, "PN", "Doe^Jane").pixels(16).bytes()));
        seeds.add(new Seed("built.png", FileKind.PNG, png()));
        seeds.add(new Seed("built.jpg", FileKind.JPEG, ImageFiles.jpeg(0xE1, MetadataFiles.exif(Map.of(0x013B, "Jonas Berg",
                0x010E, "a description of the image")), 0xFE, "Andersson^Karin", 0xED, new byte[] {0x1C, 2, 80, 0, 3, 'a', 'b', 'c'})));
        seeds.add(new Seed("built.tiff", FileKind.TIFF, MetadataFiles.tiff(Map.of(0x013B, "Jonas Berg", 0x0132,
                "2024:03:01 10:00:00", 0x010E, "slide"))));
        seeds.add(new Seed("built.nii", FileKind.NIFTI, MetadataFiles.nifti1("Andersson^Karin", Map.of(44, "{\"a\": 1}",
                4, "<afni/>"))));
        return seeds;
    }

    private static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ImageFiles.pngChunk(out, "IHDR", new byte[13]);
        ImageFiles.pngChunk(out, "tEXt", "PatientName\0Doe^Jane".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        java.util.zip.Deflater d = new java.util.zip.Deflater();
        d.setInput("patient 19811218-9876".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        d.finish();
        byte[] z = new byte[128];
        int n = d.deflate(z);
        d.end();
        ByteArrayOutputStream ztxt = new ByteArrayOutputStream();
        ztxt.writeBytes("Comment\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ztxt.write(z, 0, n);
        ImageFiles.pngChunk(out, "zTXt", ztxt.toByteArray());
        ImageFiles.pngChunk(out, "eXIf", java.util.Arrays.copyOfRange(MetadataFiles.exif(Map.of(0x013B, "Jonas")), 6,
                MetadataFiles.exif(Map.of(0x013B, "Jonas")).length));
        ImageFiles.pngChunk(out, "IDAT", new byte[16]);
        ImageFiles.pngChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }
}
