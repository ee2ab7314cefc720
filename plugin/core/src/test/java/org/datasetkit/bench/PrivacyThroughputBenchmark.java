package org.datasetkit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.privacy.PrivacyPolicy;
import org.datasetkit.core.privacy.PrivacyScanner;
import org.datasetkit.core.support.DicomWriter;
import org.datasetkit.core.support.ImageFiles;
import org.datasetkit.core.support.MetadataFiles;

/**
 * The privacy gate's throughput as a ratio to a bare read of the same files (every byte through a 64 KiB buffer, one
 * thread, page cache warm): DICOM headers, PNG and JPEG metadata, and 100 MB of CSV. Best of three after a warm-up.
 * Run with plugin/bench/privacy-throughput.sh; not part of the test suite.
 */
public final class PrivacyThroughputBenchmark {

    private static final PrivacyPolicy POLICY = new PrivacyPolicy(true, Set.of("retainPatientCharacteristics"),
            Optional.of(com.google.re2j.Pattern.compile("^ANON\\d{6}$")), Set.of("20990909"), Set.of(), Set.of(), "");

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "/tmp/datasetkit-bench").resolve("throughput");
        measure("DICOM headers (5,000 files, 16 KiB pixels)", set(root.resolve("dicom"), 5_000, i -> DicomWriter.of(
                DicomWriter.EXPLICIT_LE).add(0x00080060, "CS", "MG").add(0x00100010, "PN", String.format("ANON%06d", i))
                .add(0x00100020, "LO", String.format("ANON%06d", i)).add(0x00280301, "CS", "NO").pixels(16 * 1024).bytes(), ".dcm"));
        measure("PNG metadata (5,000 files, 3 text chunks, 64 KiB IDAT)", set(root.resolve("png"), 5_000, i -> png(i), ".png"));
        measure("JPEG metadata (5,000 files, EXIF + COM, 64 KiB scan)", set(root.resolve("jpeg"), 5_000, i -> ImageFiles.jpeg(
                0xE1, MetadataFiles.exif(Map.of(0x0131, "Scanner 2.0", 0x010F, "Vendor")), 0xFE, "converted",
                0xDB, new byte[65_000]), ".jpg"));
        measure("CSV (100 MB, 10 columns)", csv(root.resolve("csv")));
    }

    interface Content {
        byte[] of(int i);
    }

    private static Path set(Path dir, int n, Content content, String suffix) throws IOException {
        if (!Files.exists(dir.resolve("done"))) {
            for (int i = 0; i < n; i++) {
                Path f = dir.resolve(String.format("d%02d/f%05d%s", i / 250, i, suffix));
                Files.createDirectories(f.getParent());
                Files.write(f, content.of(i));
            }
            Files.writeString(dir.resolve("done"), "ok");
        }
        return dir;
    }

    private static byte[] png(int i) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ImageFiles.pngChunk(out, "IHDR", new byte[13]);
        ImageFiles.pngChunk(out, "tEXt", "Software\0converter 1.0".getBytes(StandardCharsets.ISO_8859_1));
        ImageFiles.pngChunk(out, "tEXt", ("PatientID\0ANON" + String.format("%06d", i)).getBytes(StandardCharsets.ISO_8859_1));
        ImageFiles.pngChunk(out, "tEXt", ("date:create\0" + "2024-01-01").getBytes(StandardCharsets.ISO_8859_1));
        ImageFiles.pngChunk(out, "IDAT", new byte[64 * 1024]);
        ImageFiles.pngChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static Path csv(Path dir) throws IOException {
        Path f = dir.resolve("labels.csv");
        if (!Files.exists(f)) {
            Files.createDirectories(dir);
            java.util.Random r = new java.util.Random(1);
            try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                w.write("anon_patientid,anon_filename,exam_year,x_age,x_case,rad_r1,libra_breastarea,libra_densearea,"
                        + "imagelaterality,note\n");
                for (long written = 0; written < 100_000_000L;) {
                    String line = String.format(Locale.ROOT, "ANON%06d,ANON%06d_20990909_L_CC_1.dcm,%d,%d,%d,%d,%.4f,%.4f,%s,"
                            + "\"reviewed, no findings\"%n", r.nextInt(1_000_000), r.nextInt(1_000_000), 2008 + r.nextInt(10),
                            r.nextInt(2), r.nextInt(2), r.nextInt(5), r.nextDouble() * 200, r.nextDouble() * 50,
                            r.nextBoolean() ? "L" : "R");
                    w.write(line);
                    written += line.length();
                }
            }
        }
        return dir;
    }

    private static void measure(String what, Path dir) throws Exception {
        Dataset dataset = new DatasetScanner().scan(ScanRequest.of(dir));
        long bytes = dataset.files().stream().mapToLong(DatasetFile::size).sum();
        PrivacyScanner scanner = new PrivacyScanner();
        double read = Double.MAX_VALUE;
        double gate = Double.MAX_VALUE;
        String summary = "";
        for (int run = 0; run < 4; run++) { // the first of each is a warm-up
            long t0 = System.nanoTime();
            bareRead(dataset);
            double r = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            summary = scanner.scan(dataset, POLICY, 1).diagnostics().summary();
            double g = (System.nanoTime() - t0) / 1e9;
            if (run > 0) {
                read = Math.min(read, r);
                gate = Math.min(gate, g);
            }
        }
        System.out.printf(Locale.ROOT, "%-55s %,6d files %,8.1f MB: bare read %.3f s (%,.0f MB/s), gate %.3f s (%,.0f MB/s),"
                + " ratio %.2f; %s%n", what, dataset.files().size(), bytes / 1e6, read, bytes / 1e6 / read, gate,
                bytes / 1e6 / gate, gate / read, summary);
    }

    private static void bareRead(Dataset dataset) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (DatasetFile f : dataset.files()) {
            try (InputStream in = Files.newInputStream(f.file())) {
                while (in.read(buffer) > 0) {
                    // only reading
                }
            }
        }
    }
}
