package org.datasetkit.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.datasetkit.core.bag.SpooledFile;
import org.datasetkit.core.bag.TagFile;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exports made side by side are the bytes, the order and the listing of the exports made one after another, and
 * a failing one is reported as it was, once, after the others have stopped writing.
 */
class SideBySideExportsTest {

    @TempDir
    Path root;

    @TempDir
    Path spool;

    @ParameterizedTest(name = "{0}, {1} extra files, previous release: {2}")
    @CsvSource({
        "/datasheets/medical.yaml, 0, false",
        "/datasheets/core.yaml, 0, true",
        "/datasheets/medical.yaml, 3000, true",
    })
    void theExportsMadeSideBySideAreTheBytesMadeOneAfterAnother(String datasheet, int extra, boolean previous)
            throws Exception {
        ExportInput in = input(datasheet, extra);
        List<TagFile> texts = List.of(new TagFile("CHANGELOG.md", "# 1.1.0\n".getBytes(StandardCharsets.UTF_8)));
        Optional<String> doi = previous ? Optional.of("10.5878/prev-1") : Optional.empty();
        Optional<String> version = previous ? Optional.of("1.0.0") : Optional.empty();

        MetadataExports.BesideCrate one = new MetadataExports(1).besideCrate(in, texts, List.of(), doi, version,
                spoolTo(spool.resolve("one")));
        MetadataExports.BesideCrate four = new MetadataExports(4).besideCrate(in, texts, List.of(), doi, version,
                spoolTo(spool.resolve("four")));

        assertThat(four.listing()).isEqualTo(one.listing()); // names in order, sizes, SHA-256 (spooled ones too)
        assertThat(four.files()).extracting(TagFile::name).isEqualTo(one.files().stream().map(TagFile::name).toList());
        for (int i = 0; i < one.files().size(); i++) {
            assertThat(four.files().get(i).content()).as(one.files().get(i).name()).isEqualTo(one.files().get(i).content());
        }
        for (String spooled : List.of(SpdxDataset.PATH, CycloneDxBom.PATH)) {
            assertThat(spool.resolve("four").resolve(spooled)).as(spooled)
                    .hasSameBinaryContentAs(spool.resolve("one").resolve(spooled));
        }
    }

    @Test
    void aFailingExportIsReportedOnceAsItWasAndOnlyOnceTheOthersHaveStoppedWriting() throws Exception {
        ExportInput in = input("/datasheets/medical.yaml", 0);
        Files.delete(root.resolve("data/labels.csv")); // the Croissant reads its header: it fails
        AtomicBoolean spdxDone = new AtomicBoolean();
        MetadataExports.Spool slowSpdxFailingBom = (name, content) -> {
            if (name.equals(CycloneDxBom.PATH)) {
                throw new IOException("no space left writing " + name);
            }
            try {
                Thread.sleep(500); // still writing when the Croissant has failed
            } catch (InterruptedException e) {
                throw new AssertionError("the export was interrupted instead of awaited", e);
            }
            GeneratedFile written = spoolTo(spool).write(name, content);
            spdxDone.set(true);
            return written;
        };

        UncheckedIOException failure = catchThrowableOfType(UncheckedIOException.class, () -> new MetadataExports(4)
                .besideCrate(in, List.of(), List.of(), Optional.empty(), Optional.empty(), slowSpdxFailingBom));

        // the failure of the export listed first, whichever finished first; the BOM's is not reported again
        assertThat(failure).hasMessage("cannot read the header of data/labels.csv");
        assertThat(failure.getSuppressed()).isEmpty();
        assertThat(spdxDone).as("the SPDX document was written before the failure was reported").isTrue();
    }

    @Test
    void aFailingSpoolIsReportedAsItWas() throws Exception {
        ExportInput in = input("/datasheets/medical.yaml", 0);
        IOException full = new IOException("no space left on device");

        IOException failure = catchThrowableOfType(IOException.class, () -> new MetadataExports(2).besideCrate(in,
                List.of(), List.of(), Optional.empty(), Optional.empty(), (name, content) -> {
                    throw full;
                }));

        assertThat(failure).isSameAs(full);
    }

    /** Spools into {@code folder} as the bundle does: the file, its size and checksums computed as it is written. */
    private static MetadataExports.Spool spoolTo(Path folder) {
        return (name, content) -> GeneratedFile.of(SpooledFile.write(folder.resolve(name), name,
                List.of(DigestAlgorithm.SHA256), content));
    }

    private ExportInput input(String datasheetResource, int extra) throws Exception {
        return ExportFixture.input(root, datasheetResource, extra);
    }
}
