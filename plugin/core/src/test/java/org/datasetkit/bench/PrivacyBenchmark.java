package org.datasetkit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.dataset.Dataset;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.privacy.PrivacyPolicy;
import org.datasetkit.core.privacy.PrivacyResult;
import org.datasetkit.core.privacy.PrivacyScanner;
import org.datasetkit.core.support.DicomWriter;

/**
 * How many DICOM headers the privacy gate checks per second and per core: a generated set of de-identified
 * mammography-like files (about 40 header elements, a nested sequence, 16 KiB of pixels), scanned with 1 and 2
 * threads after a warm-up, page cache warm. Run with plugin/bench/privacy-bench.sh; not part of the test suite.
 */
public final class PrivacyBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/datasetkit-bench").resolve("dicom-headers");
        int files = 10_000;
        if (!Files.exists(dir.resolve("done"))) {
            System.out.println("generating " + files + " DICOM files in " + dir);
            for (int i = 0; i < files; i++) {
                Path f = dir.resolve(String.format("p%03d/img-%05d.dcm", i / 100, i));
                Files.createDirectories(f.getParent());
                Files.write(f, file(i));
            }
            Files.writeString(dir.resolve("done"), "ok");
        }
        Dataset dataset = new DatasetScanner().scan(ScanRequest.of(dir));
        PrivacyPolicy policy = new PrivacyPolicy(true, Set.of("retainPatientCharacteristics"),
                Optional.of(com.google.re2j.Pattern.compile("^ANON\\d{6}$")), Set.of("20990909"), Set.of(), Set.of(), "");
        for (int threads : List.of(1, 2)) {
            PrivacyScanner scanner = new PrivacyScanner();
            for (int w = 0; w < 3; w++) {
                scanner.scan(dataset, policy, threads);
            }
            double best = Double.MAX_VALUE;
            PrivacyResult last = null;
            for (int r = 0; r < 5; r++) {
                long t0 = System.nanoTime();
                last = scanner.scan(dataset, policy, threads);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            int dicom = last.scanned().getOrDefault("dicom", 0);
            System.out.printf(Locale.ROOT, "%d thread(s): %,d DICOM headers in %.3f s = %,.0f headers/s (%,.0f per core); %s%n",
                    threads, dicom, best, dicom / best, dicom / best / threads, last.diagnostics().summary());
        }
    }

    private static byte[] file(int i) {
        String id = String.format("ANON%06d", i / 4);
        return DicomWriter.of(DicomWriter.EXPLICIT_LE)
                .add(0x00080005, "CS", "ISO_IR 100").add(0x00080008, "CS", "ORIGINAL\\PRIMARY")
                .add(0x00080016, "UI", "1.2.840.10008.5.1.4.1.1.1.2").add(0x00080018, "UI", "2.25." + (1000000L + i))
                .add(0x00080020, "DA", "20990909").add(0x00080060, "CS", "MG").add(0x00080070, "LO", "VENDOR")
                .add(0x00100010, "PN", id).add(0x00100020, "LO", id).add(0x00100040, "CS", "F")
                .add(0x00101010, "AS", "055Y").add(0x00180015, "CS", "BREAST").add(0x00185101, "CS", "CC")
                .add(0x0020000D, "UI", "2.25." + (2000000L + i / 4)).add(0x0020000E, "UI", "2.25." + (3000000L + i / 2))
                .add(0x00200062, "CS", i % 2 == 0 ? "L" : "R").add(0x00280002, "US", "\1\0").add(0x00280004, "CS", "MONOCHROME2")
                .add(0x00280010, "US", "@\0").add(0x00280011, "US", "@\0").add(0x00280100, "US", "\20\0")
                .add(0x00280301, "CS", "NO").add(0x00120062, "CS", "YES")
                .sequence(0x00120064, false, List.of(item -> item.add(0x00080100, "SH", "113100").add(0x00080102, "SH", "DCM")))
                .sequence(0x00540220, true, List.of(item -> item.add(0x00080100, "SH", "R-10226").add(0x00080104, "LO", "medio-lateral oblique")))
                .pixels(16 * 1024).bytes();
    }
}
