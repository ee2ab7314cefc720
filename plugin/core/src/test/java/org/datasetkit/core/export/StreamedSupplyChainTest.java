package org.datasetkit.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed SPDX document and CycloneDX BOM are the bytes the tree writers made before them: the SHA-256 of each
 * document was recorded from the tree writers (commit before "stream the SPDX and CycloneDX outputs") for datasheets
 * with and without sources and for 1,000 files, so any change of byte, order or content-derived id shows here.
 */
class StreamedSupplyChainTest {

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}, {1} extra files")
    @CsvSource({
        "/datasheets/medical.yaml, 0, cdd09bd2c15388e5bf1508a0eece360aae40e5bed91fac43d3d21d70e578b0b8, b9c748e748c454b20d3a4794337b93537c9505bf7c2071055947ae9534a4cbef",
        "/datasheets/core.yaml, 0, abc78837651f6f993f41703bb5536b96ba1bd089d3ae47fb625ac553e4cfed14, 70076ff559cf6e1eb5ffd6f2beabf423f015fef3325382aa73599fb105aa33f0",
        "/datasheets/medical.yaml, 1000, 2af446fed62939f413b0eaf4020a00d8b5ae6df812ab8947a0858b9b91a8bfb8, 949c4da4f063540dfa5528b6fade7516fd650caaa88813d21b71dadd0ea2ce92",
    })
    void theStreamedDocumentsAreTheTreesBytes(String datasheet, int extra, String spdxHash, String bomHash)
            throws Exception {
        ExportInput in = input(datasheet, extra);

        String spdx = new SpdxDataset().write(in);
        String bom = new CycloneDxBom().write(in);

        dump(datasheet, extra, spdx, bom);
        assertThat(sha256(spdx)).as("SPDX").isEqualTo(spdxHash);
        assertThat(sha256(bom)).as("CycloneDX").isEqualTo(bomHash);
    }

    private static void dump(String datasheet, int extra, String spdx, String bom) throws Exception {
        String dir = System.getProperty("golden.dump");
        if (dir != null) {
            String name = datasheet.replaceAll(".*/|\\.yaml", "") + "-" + extra;
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, name + ".spdx.json"), spdx);
            Files.writeString(Path.of(dir, name + ".cdx.json"), bom);
        }
    }

    private ExportInput input(String datasheetResource, int extra) throws Exception {
        return ExportFixture.input(root, datasheetResource, extra);
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(DigestAlgorithm.SHA256.newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
