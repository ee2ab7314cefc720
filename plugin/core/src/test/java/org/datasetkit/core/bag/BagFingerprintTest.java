package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FileFixity;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.support.Bags;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fingerprint is the same digest as the one recorded by earlier builds (a changed one would write every kept
 * bundle again, once), and the plan's folders are every parent of every entry.
 */
class BagFingerprintTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Compression.class, names = {"AUTO", "STORED"})
    void theFingerprintIsTheDigestEarlierBuildsRecorded(Compression compression) throws Exception {
        Datasets.minimal(dir);
        Datasets.write(dir, "data/a/b/c.csv", "x,y\n");
        Datasets.write(dir, "data/a/d.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Datasets.write(dir, "data/ö/e f.txt", "nfc");
        FixityResult fixity = Bags.fixity(dir, DigestAlgorithm.SHA512, DigestAlgorithm.SHA256);
        BagInfo info = new BagInfo(List.of(new BagInfo.Field("Bagging-Date", "2026-05-01")));
        BagRequest request = new BagRequest("b-1.0.0", dir.resolve("b.zip"), fixity, List.of(), info, List.of(), Bags.TIME,
                compression);
        BagPlan plan = new BagPlan(request);

        assertThat(BagFingerprint.of(plan, request, "zip")).isEqualTo(asBefore(plan, request, "zip"));
        assertThat(plan.entries().keySet()).contains("data/", "data/data/", "data/data/a/", "data/data/a/b/",
                "data/data/ö/");
        for (String path : plan.entries().keySet()) {
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                assertThat(plan.entries().get(path.substring(0, slash + 1))).as(path).isInstanceOf(BagPlan.Entry.Folder.class);
            }
        }
    }

    /** The fingerprint as it was computed before (streams, a sorted list printed). */
    private static String asBefore(BagPlan plan, BagRequest request, String format) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        text(sha, "datasetkit-bag-fingerprint 2");
        text(sha, BagWriter.extension(format));
        text(sha, request.bagName());
        text(sha, request.timestamp().toString());
        for (Map.Entry<String, BagPlan.Entry> e : plan.entries().entrySet()) {
            text(sha, e.getKey());
            if (e.getValue() instanceof BagPlan.Entry.Bytes b) {
                text(sha, "bytes " + DigestAlgorithm.toHex(MessageDigest.getInstance("SHA-256").digest(b.content())));
            } else if (e.getValue() instanceof BagPlan.Entry.Spooled g) {
                text(sha, "bytes " + g.spooled().digest(DigestAlgorithm.SHA256));
            } else if (e.getValue() instanceof BagPlan.Entry.File f) {
                FileFixity fixity = f.fixity();
                text(sha, "file " + fixity.file().size() + " " + fixity.digests().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).map(d -> d.getKey().bagitName() + ":" + d.getValue()).toList()
                        + (request.compression().deflates(fixity.file().path(), fixity.compressed()) ? " deflated" : " stored"));
            } else {
                text(sha, "folder");
            }
        }
        return DigestAlgorithm.toHex(sha.digest());
    }

    private static void text(MessageDigest sha, String value) {
        sha.update(value.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
