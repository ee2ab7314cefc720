package org.datasetkit.core.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FingerprintFileTest {

    private static FileFingerprint file(String path, String sha) {
        return new FileFingerprint(path, 3, sha, "PNG", Optional.empty(), OptionalLong.of(5), Optional.empty(), List.of());
    }

    @Test
    void theStreamedFileIsSortedUtf8LinesAndLeavesTheStreamOpen() throws Exception {
        String a = "a".repeat(64);
        String b = "b".repeat(64);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FingerprintFile.write("Études\r\nlot", List.of(file("data/é.png", b), file("data/a.png", a)), out);
        out.write('#'); // still open: the caller owns the stream (an atomic file's temporary)
        String expected = FingerprintFile.MAGIC + "\n# dataset Études  lot\n"
                + "# path\tsize\tsha256\tkind\tpixels\tphash\tsop\tseries\tstudy\trows\n"
                + "data/a.png\t3\t" + a + "\tPNG\t-\t0000000000000005\t-\t-\t-\t-\n"
                + "data/é.png\t3\t" + b + "\tPNG\t-\t0000000000000005\t-\t-\t-\t-\n#";
        assertThat(out.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        assertThat(FingerprintFile.write("Études\r\nlot", List.of(file("data/é.png", b), file("data/a.png", a))))
                .isEqualTo(expected.substring(0, expected.length() - 1));
    }
}
