package org.datasetkit.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.datasetkit.core.dataset.DatasetFile;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FileFixity;
import org.junit.jupiter.api.Test;

class ExportsFingerprintTest {

    /**
     * The files' lines fed in pieces give the digest of the lines fed one by one, as the kept exports' records hold
     * it: a build after this change still reuses what the build before it kept.
     */
    @Test
    void theFilesFedInPiecesGiveTheDigestOfTheirLinesFedOneByOne() {
        List<FileFixity> files = new ArrayList<>();
        for (int i = 0; i < 3000; i++) { // about 400 KB of lines: a dozen pieces, cut wherever a line ends
            String path = "data/" + (i % 3 == 0 ? "Malmö 😀/" : "scans/") + "f" + i + (i % 2 == 0 ? ".PNG" : "");
            Map<DigestAlgorithm, String> digests = new EnumMap<>(DigestAlgorithm.class);
            digests.put(DigestAlgorithm.SHA512, hex(DigestAlgorithm.SHA512, path));
            if (i % 5 != 0) {
                digests.put(DigestAlgorithm.MD5, hex(DigestAlgorithm.MD5, path));
            }
            files.add(new FileFixity(DatasetFile.of(path, Path.of("/dataset"), i * 1000L, 0L, "ino" + i), digests,
                    false));
        }

        MessageDigest pieces = DigestAlgorithm.SHA256.newDigest();
        ExportsFingerprint.files(pieces, files);

        MessageDigest lines = DigestAlgorithm.SHA256.newDigest();
        for (FileFixity f : files) { // the fingerprint's lines before they were fed in pieces
            StringBuilder line = new StringBuilder(f.file().path()).append(' ').append(f.file().size());
            for (DigestAlgorithm a : DigestAlgorithm.values()) {
                String hex = f.digests().get(a);
                if (hex != null) {
                    line.append(' ').append(a.bagitName()).append(':').append(hex);
                }
            }
            lines.update(line.toString().getBytes(StandardCharsets.UTF_8));
            lines.update((byte) 0);
        }
        assertThat(DigestAlgorithm.toHex(pieces.digest())).isEqualTo(DigestAlgorithm.toHex(lines.digest()));
    }

    private static String hex(DigestAlgorithm a, String text) {
        return DigestAlgorithm.toHex(a.newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
