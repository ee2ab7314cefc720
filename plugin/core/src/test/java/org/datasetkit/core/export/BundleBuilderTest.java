package org.datasetkit.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.datasetkit.core.bag.BagVerifier;
import org.datasetkit.core.bag.BagWriteResult;
import org.datasetkit.core.bag.BagitProfile;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.bag.VerificationResult;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.StrictDatasheetReader;
import org.datasetkit.core.datasheet.TypedDatasheetReader;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.license.LicenseChecker;
import org.datasetkit.core.license.LicenseRegistry;
import org.datasetkit.core.license.SpdxLicenseList;
import org.datasetkit.core.support.Bags;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleBuilderTest {

    @TempDir
    Path root;

    @TempDir
    Path out;

    private BundleRequest request(String datasheetResource, String format, Optional<BagitProfile> profile) throws Exception {
        String sheet = new String(BundleBuilderTest.class.getResourceAsStream("/datasheets/" + datasheetResource + ".yaml")
                .readAllBytes(), StandardCharsets.UTF_8);
        Datasets.write(root, "datasheet.yaml", sheet);
        Datasets.write(root, "docs/README.md", "# About\n");
        Datasets.write(root, "data/labels.csv", "id,label\n1,benign\n");
        Datasets.write(root, "data/Malmö scans/img 100%.png", new byte[] {1, 2, 3});
        Datasheet datasheet = TypedDatasheetReader.read(new StrictDatasheetReader().read(root.resolve("datasheet.yaml"), "datasheet.yaml"));
        return new BundleRequest(datasheet, Bags.fixity(root, DigestAlgorithm.SHA256, DigestAlgorithm.SHA512),
                new LicenseChecker(new SpdxLicenseList(), LicenseRegistry.builtIn()).check(datasheet, root), "ds-1.0.0",
                out.resolve("ds-1.0.0" + (format.equals("directory") ? "" : "." + format)), format, Compression.AUTO,
                profile, Instant.parse("2026-05-01T00:00:00Z"), "datasetkit test", 2);
    }

    @Test
    void theGeneratedMetadataTravelsInThePayloadAndTheBagVerifies() throws Exception {
        BagWriteResult written = new BundleBuilder().build(request("medical", "zip", Optional.empty()));

        VerificationResult verified = new BagVerifier().verify(written.archive());
        assertThat(verified.diagnostics().all()).isEmpty();
        assertThat(verified.payloadFiles()).isEqualTo(4 + 8);
        try (var zip = org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(written.archive()).get()) {
            String manifest = new String(zip.getInputStream(zip.getEntry("ds-1.0.0/manifest-sha512.txt")).readAllBytes());
            assertThat(manifest).contains("  data/ro-crate-metadata.json\n", "  data/metadata/datacite.xml\n",
                    "  data/metadata/croissant.json\n", "  data/DATASHEET.md\n", "  data/NOTICE.txt\n",
                    "  data/metadata/dataset.spdx.json\n", "  data/metadata/dataset.cdx.json\n",
                    "  data/data/Malmö scans/img 100%25.png\n");
            String info = new String(zip.getInputStream(zip.getEntry("ds-1.0.0/bag-info.txt")).readAllBytes());
            assertThat(info).contains("Access-Right: NON_PUBLIC\n", "Dataset-Status: COMPLETED\n",
                    "External-Identifier: https://doi.org/10.5878/abcd-1234\n", "Payload-Oxum: " + verified.payloadBytes() + ".12\n");
        }
    }

    @Test
    void theSpooledMetadataIsTheInMemoryBytesAndItsCopiesAreLeftAloneWhenUnchanged() throws Exception {
        BundleRequest request = request("medical", "directory", Optional.empty());
        ExportInput in = new ExportInput(request.datasheet(), request.fixity(), request.licences(), request.timestamp(),
                request.versions());
        List<org.datasetkit.core.bag.TagFile> texts = new ArrayList<>();
        for (String id : request.licences().textsToShip()) {
            texts.add(new org.datasetkit.core.bag.TagFile("LICENSES/" + id + ".txt",
                    new SpdxLicenseList().text(id).getBytes(StandardCharsets.UTF_8)));
        }
        Path spdxCopy = out.resolve("copies/dataset.spdx.json");
        Path bomCopy = out.resolve("copies/dataset.cdx.json");
        java.util.Map<String, Path> copies = java.util.Map.of(SpdxDataset.PATH, spdxCopy, CycloneDxBom.PATH, bomCopy);

        BagWriteResult written = new BundleBuilder().build(request, ReleaseAdditions.none(), copies);

        List<org.datasetkit.core.bag.TagFile> inMemory = new MetadataExports().generate(in, texts);
        assertThat(inMemory).extracting(f -> f.name()).contains(RoCrate.FILE_NAME, MetadataExports.DATACITE,
                SpdxDataset.PATH, CycloneDxBom.PATH);
        for (org.datasetkit.core.bag.TagFile f : inMemory) {
            assertThat(written.archive().resolve("data").resolve(f.name())).as(f.name()).hasBinaryContent(f.content());
        }
        // the payload manifest as the bundle made it before the SPDX document and the BOM were spooled: every byte
        // of the payload, the RO-Crate's and DataCite's listing of the spooled files included, is the same
        assertThat(sha256(Files.readAllBytes(written.archive().resolve("manifest-sha256.txt"))))
                .isEqualTo("9ddf309d4977993da3fb9d26c876b111dd5484ffb7faafcf107e01675bd77075");
        assertThat(spdxCopy).hasBinaryContent(Files.readAllBytes(written.archive().resolve("data/" + SpdxDataset.PATH)));
        assertThat(bomCopy).hasBinaryContent(Files.readAllBytes(written.archive().resolve("data/" + CycloneDxBom.PATH)));

        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(spdxCopy, old);
        new BundleBuilder().build(request, ReleaseAdditions.none(), copies);
        assertThat(Files.getLastModifiedTime(spdxCopy)).isEqualTo(old);
    }

    @Test
    void anExportFailingBesideTheOthersIsReportedAsItWasAndLeavesNothingBehind() throws Exception {
        BundleRequest request = stamped(request("medical", "zip", Optional.empty()), Instant.parse("2026-05-01T00:00:00Z"));
        Files.delete(root.resolve("data/labels.csv")); // the Croissant fails while the SPDX document and BOM are spooled

        java.io.UncheckedIOException e = catchThrowableOfType(java.io.UncheckedIOException.class,
                () -> new BundleBuilder().build(request));

        assertThat(e).hasMessage("cannot read the header of data/labels.csv");
        try (var left = Files.list(out)) {
            assertThat(left).as("no archive, no spooled exports, no record of them").isEmpty();
        }
    }

    @Test
    void theSndBaggerProfilePassesForACompleteDatasheet() throws Exception {
        BagWriteResult written = new BundleBuilder().build(request("snd", "zip", Optional.of(BagitProfile.sndBagger())));

        assertThat(new BagVerifier().verify(written.archive()).isValid()).isTrue();
    }

    @Test
    void theSndBaggerProfileFailsNamingTheMissingFieldAndWritesNothing() throws Exception {
        DatasetException e = catchThrowableOfType(DatasetException.class,
                () -> new BundleBuilder().build(request("medical", "zip", Optional.of(BagitProfile.sndBagger()))));

        assertThat(e.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bag.profile-missing");
            assertThat(d.message()).contains("Bag-Group-Identifier", "snd-bagger");
            assertThat(d.hint()).contains("identifiers.alternate");
        });
        try (var left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aRepositorysOwnProfileIsReadFromAFile() throws Exception {
        Path profile = Datasets.write(root, "profile.json", "{\"BagIt-Profile-Info\": {\"BagIt-Profile-Identifier\": \"X\"},"
                + " \"Bag-Info\": {\"Contact-Phone\": {\"required\": true}}, \"Manifests-Required\": [\"md5\"],"
                + " \"Accept-Serialization\": [\"application/x-tar\"]}");

        DatasetException e = catchThrowableOfType(DatasetException.class,
                () -> new BundleBuilder().build(request("snd", "zip", Optional.of(BagitProfile.read(profile)))));

        assertThat(e.diagnostics().all()).extracting(Diagnostic::code)
                .containsExactly("bag.profile-missing", "bag.profile-manifest", "bag.profile-serialization");
    }

    @Test
    void aDatasetFileWhereGeneratedMetadataGoesIsRefused() throws Exception {
        BundleRequest request = request("medical", "zip", Optional.empty());
        Datasets.write(root, "DATASHEET.md", "mine");
        BundleRequest clash = new BundleRequest(request.datasheet(), Bags.fixity(root, DigestAlgorithm.SHA256),
                request.licences(), request.bagName(), request.target(), "zip", Compression.AUTO, Optional.empty(),
                request.timestamp(), "t", 2);

        DatasetException e = catchThrowableOfType(DatasetException.class, () -> new BundleBuilder().build(clash));

        assertThat(e.diagnostics().all()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("bag.generated-path-taken");
            assertThat(d.file()).isEqualTo("DATASHEET.md");
        });
    }

    @Test
    void tarGzBundlesAreReproducibleAcrossTimeZonesUsePaxNamesAndVerify() throws Exception {
        TimeZone original = TimeZone.getDefault();
        List<String> digests = new ArrayList<>();
        try {
            for (String zone : List.of("Asia/Tokyo", "America/New_York")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                BundleRequest r = request("medical", "tar.gz", Optional.empty());
                BagWriteResult written = new BundleBuilder().build(r);
                digests.add(java.util.HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(written.archive()))));
            }
        } finally {
            TimeZone.setDefault(original);
        }
        assertThat(digests.get(0)).isEqualTo(digests.get(1));

        Path archive = out.resolve("ds-1.0.0.tar.gz");
        assertThat(new BagVerifier().verify(archive).diagnostics().all()).isEmpty();
        try (var tar = new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(archive)), "UTF-8")) {
            List<String> names = new ArrayList<>();
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getLongUserId()).isZero();
                assertThat(e.getModTime().toInstant()).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
            }
            assertThat(names).contains("ds-1.0.0/data/data/Malmö scans/img 100%.png");
        }
    }

    @Test
    void aFolderBagVerifies() throws Exception {
        BagWriteResult written = new BundleBuilder().build(request("medical", "directory", Optional.empty()));

        assertThat(Files.isDirectory(written.archive().resolve("data"))).isTrue();
        assertThat(new BagVerifier().verify(written.archive()).diagnostics().all()).isEmpty();
    }

    /** The same request, remembering its archive in a stamp file, at another entry time if given. */
    private BundleRequest stamped(BundleRequest r, Instant timestamp) {
        return new BundleRequest(r.datasheet(), r.fixity(), r.licences(), r.bagName(), r.target(), r.format(),
                r.compression(), r.profile(), timestamp, r.softwareAgent(), r.threads(), Optional.of(out.resolve("stamp.txt")));
    }

    private static Object identity(Path file) throws Exception {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    @Test
    void anArchiveThatIsAlreadyThisBundleIsKeptAndAnyChangeWritesItAgain() throws Exception {
        Instant may = Instant.parse("2026-05-01T00:00:00Z");
        BagWriteResult first = new BundleBuilder().build(stamped(request("medical", "zip", Optional.empty()), may));
        byte[] bytes = Files.readAllBytes(first.archive());
        Object written = identity(first.archive());

        // The dataset's files written again with the same content: the same bundle.
        BagWriteResult second = new BundleBuilder().build(stamped(request("medical", "zip", Optional.empty()), may));
        assertThat(first.kept()).isFalse();
        assertThat(second.kept()).isTrue();
        assertThat(identity(second.archive())).isEqualTo(written);
        assertThat(second.payloadFiles()).isEqualTo(first.payloadFiles());
        assertThat(second.archiveBytes()).isEqualTo(bytes.length);

        // Another entry time is another archive.
        BagWriteResult june = new BundleBuilder().build(stamped(request("medical", "zip", Optional.empty()),
                Instant.parse("2026-06-01T00:00:00Z")));
        assertThat(june.kept()).isFalse();
        assertThat(Files.readAllBytes(june.archive())).isNotEqualTo(bytes);

        // Other content in one file is another archive.
        BagWriteResult back = new BundleBuilder().build(stamped(request("medical", "zip", Optional.empty()), may));
        assertThat(back.kept()).isFalse();
        assertThat(back.archive()).hasBinaryContent(bytes);
        BundleRequest changed = request("medical", "zip", Optional.empty());
        Datasets.write(root, "data/labels.csv", "id,label\n1,BENIGN\n"); // same size, other bytes
        BundleRequest edited = new BundleRequest(changed.datasheet(), Bags.fixity(root, DigestAlgorithm.SHA256,
                DigestAlgorithm.SHA512), changed.licences(), changed.bagName(), changed.target(), "zip", Compression.AUTO,
                Optional.empty(), may, changed.softwareAgent(), 2, Optional.of(out.resolve("stamp.txt")));
        assertThat(new BundleBuilder().build(edited).kept()).isFalse();
        assertThat(new BagVerifier().verify(edited.target()).diagnostics().all()).isEmpty();
    }

    @Test
    void anArchiveTouchedSinceItWasWrittenIsWrittenAgain() throws Exception {
        Instant may = Instant.parse("2026-05-01T00:00:00Z");
        BagWriteResult first = new BundleBuilder().build(stamped(request("medical", "zip", Optional.empty()), may));
        byte[] bytes = Files.readAllBytes(first.archive());
        Files.write(first.archive(), new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);

        BagWriteResult again = new BundleBuilder().build(stamped(request("medical", "zip", Optional.empty()), may));

        assertThat(again.kept()).isFalse();
        assertThat(again.archive()).hasBinaryContent(bytes);
    }

    @Test
    void anArchiveEditedInPlaceKeepingItsSizeAndTimeIsWrittenAgain() throws Exception {
        Instant may = Instant.parse("2026-05-01T00:00:00Z");
        BagWriteResult first = new BundleBuilder().build(stamped(request("medical", "zip", Optional.empty()), may));
        byte[] bytes = Files.readAllBytes(first.archive());
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(first.archive());
        try (var channel = java.nio.channels.FileChannel.open(first.archive(), java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {(byte) (bytes[100] ^ 1)}), 100); // same file, same size
        }
        Files.setLastModifiedTime(first.archive(), time);

        BagWriteResult again = new BundleBuilder().build(stamped(request("medical", "zip", Optional.empty()), may));

        assertThat(again.kept()).isFalse();
        assertThat(again.archive()).hasBinaryContent(bytes);
    }

    @Test
    void withoutAStampFileOrForAFolderTheBagIsAlwaysWritten() throws Exception {
        BundleRequest plain = request("medical", "zip", Optional.empty());
        new BundleBuilder().build(plain);
        assertThat(new BundleBuilder().build(plain).kept()).isFalse();

        BundleRequest folder = stamped(request("medical", "directory", Optional.empty()), Instant.parse("2026-05-01T00:00:00Z"));
        new BundleBuilder().build(folder);
        assertThat(new BundleBuilder().build(folder).kept()).isFalse();
        assertThat(out.resolve("stamp.txt")).doesNotExist();
    }

    private static String sha256(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(DigestAlgorithm.SHA256.newDigest().digest(bytes));
    }
}
