package org.datasetkit.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.datasetkit.core.bag.BagWriteResult;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.bag.TagFile;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.StrictDatasheetReader;
import org.datasetkit.core.datasheet.TypedDatasheetReader;
import org.datasetkit.core.diag.Vocabulary;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.license.LicenseCheckResult;
import org.datasetkit.core.license.LicenseChecker;
import org.datasetkit.core.license.LicenseRegistry;
import org.datasetkit.core.license.SpdxLicenseList;
import org.datasetkit.core.support.Bags;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated files that grow with the payload are reused by the next build only when made from the same inputs
 * and untouched since; the bundle is the same bytes either way.
 */
class KeptExportsTest {

    private static final List<String> SPOOLED = List.of(RoCrate.FILE_NAME, SpdxDataset.PATH, CycloneDxBom.PATH);

    @TempDir
    Path root;

    @TempDir
    Path out;

    @TempDir
    Path fresh;

    private BundleRequest request(UnaryOperator<String> sheetEdit) throws Exception {
        String sheet = new String(KeptExportsTest.class.getResourceAsStream("/datasheets/medical.yaml").readAllBytes(),
                StandardCharsets.UTF_8);
        Datasets.write(root, "datasheet.yaml", sheetEdit.apply(sheet));
        Datasets.write(root, "docs/README.md", "# About\n");
        Datasets.write(root, "data/labels.csv", "id,label\n1,benign\n");
        Datasets.write(root, "data/scan.png", new byte[] {1, 2, 3});
        Datasheet datasheet = TypedDatasheetReader.read(new StrictDatasheetReader().read(root.resolve("datasheet.yaml"),
                "datasheet.yaml"));
        return new BundleRequest(datasheet, Bags.fixity(root, DigestAlgorithm.SHA256, DigestAlgorithm.SHA512),
                new LicenseChecker(new SpdxLicenseList(), LicenseRegistry.builtIn()).check(datasheet, root), "ds-1.0.0",
                out.resolve("ds-1.0.0.zip"), "zip", Compression.AUTO, Optional.empty(),
                Instant.parse("2026-05-01T00:00:00Z"), "datasetkit 1.0.0", 2, Optional.of(out.resolve("ds.stamp")),
                List.of(), Vocabulary.NEUTRAL, ExportVersions.defaults(), List.of(new TagFile("report.html", "<p>r</p>"
                        .getBytes(StandardCharsets.UTF_8))));
    }

    private BundleRequest request() throws Exception {
        return request(s -> s);
    }

    private static BundleRequest with(BundleRequest r, Instant timestamp, String agent, ExportVersions versions,
            List<TagFile> documents, LicenseCheckResult licences) {
        return new BundleRequest(r.datasheet(), r.fixity(), licences, r.bagName(), r.target(), r.format(),
                r.compression(), r.profile(), timestamp, agent, r.threads(), r.stampFile(), r.gatesTurnedOff(),
                r.words(), versions, documents);
    }

    /** The same request writing everything afresh elsewhere, without a stamp. */
    private BundleRequest unstamped(BundleRequest r) {
        return new BundleRequest(r.datasheet(), r.fixity(), r.licences(), r.bagName(), fresh.resolve("ds-1.0.0.zip"),
                r.format(), r.compression(), r.profile(), r.timestamp(), r.softwareAgent(), r.threads(), Optional.empty(),
                r.gatesTurnedOff(), r.words(), r.versions(), r.documents());
    }

    private Path spooled(String name) {
        return out.resolve("ds-1.0.0.zip.parts").resolve("data").resolve(name);
    }

    /** Each spooled file's identity: an atomic rewrite gives a new one, a reused file keeps its own. */
    private Map<String, Object> identities() throws Exception {
        java.util.Map<String, Object> ids = new java.util.HashMap<>();
        for (String name : SPOOLED) {
            Path file = spooled(name);
            ids.put(name, Files.exists(file) ? Files.readAttributes(file, BasicFileAttributes.class).fileKey() : "none");
        }
        return ids;
    }

    @Test
    void anUnchangedBuildReusesTheGeneratedFilesAndTheBundleIsTheSameBytes() throws Exception {
        new BundleBuilder().build(request());
        Map<String, Object> first = identities();
        Files.delete(out.resolve("ds-1.0.0.zip")); // the archive is written again, from the reused files

        BagWriteResult again = new BundleBuilder().build(request());

        assertThat(again.kept()).isFalse();
        assertThat(identities()).isEqualTo(first);
        BagWriteResult afresh = new BundleBuilder().build(unstamped(request()));
        assertThat(again.archive()).hasSameBinaryContentAs(afresh.archive());
    }

    @Test
    void aChangedDatasheetRegenerates() throws Exception {
        assertRegenerated(request(), () -> request(s -> s.replace("Screening mammography subset", "Screening subset")),
                ReleaseAdditions.none());
    }

    @Test
    void aChangedPayloadFileRegenerates() throws Exception {
        BundleRequest before = request();
        assertRegenerated(before, () -> {
            Datasets.write(root, "data/labels.csv", "id,label\n1,BENIGN\n"); // same size, other checksums
            return new BundleRequest(before.datasheet(), Bags.fixity(root, DigestAlgorithm.SHA256,
                    DigestAlgorithm.SHA512), before.licences(), before.bagName(), before.target(), before.format(),
                    before.compression(), before.profile(), before.timestamp(), before.softwareAgent(), before.threads(),
                    before.stampFile(), before.gatesTurnedOff(), before.words(), before.versions(), before.documents());
        }, ReleaseAdditions.none());
    }

    @Test
    void otherChecksumAlgorithmsRegenerate() throws Exception {
        BundleRequest before = request();
        BundleRequest after = new BundleRequest(before.datasheet(), Bags.fixity(root, DigestAlgorithm.SHA256),
                before.licences(), before.bagName(), before.target(), before.format(), before.compression(),
                before.profile(), before.timestamp(), before.softwareAgent(), before.threads(), before.stampFile(),
                before.gatesTurnedOff(), before.words(), before.versions(), before.documents());
        assertRegenerated(before, after, ReleaseAdditions.none());
    }

    @Test
    void anotherOutputTimestampRegenerates() throws Exception {
        BundleRequest r = request();
        assertRegenerated(r, with(r, Instant.parse("2026-06-01T00:00:00Z"), r.softwareAgent(), r.versions(),
                r.documents(), r.licences()), ReleaseAdditions.none());
    }

    @Test
    void anotherDatasetkitVersionRegenerates() throws Exception {
        BundleRequest r = request();
        assertRegenerated(r, with(r, r.timestamp(), "datasetkit 1.0.1", r.versions(), r.documents(), r.licences()),
                ReleaseAdditions.none());
    }

    @Test
    void otherStandardsVersionsRegenerate() throws Exception {
        BundleRequest r = request();
        assertRegenerated(r, with(r, r.timestamp(), r.softwareAgent(), new ExportVersions("1.3", "4.7"), r.documents(),
                r.licences()), ReleaseAdditions.none());
    }

    @Test
    void anotherDocumentRegenerates() throws Exception {
        BundleRequest r = request();
        assertRegenerated(r, with(r, r.timestamp(), r.softwareAgent(), r.versions(),
                List.of(new TagFile("report.html", "<p>R</p>".getBytes(StandardCharsets.UTF_8))), r.licences()),
                ReleaseAdditions.none());
    }

    @Test
    void anotherLicenceCheckRegenerates() throws Exception {
        BundleRequest r = request();
        LicenseCheckResult l = r.licences();
        LicenseCheckResult other = new LicenseCheckResult(l.declared(), l.overall(), l.sources(), l.acceptable(),
                l.textsToShip(), l.notice() + "\nAnother attribution.\n", l.spdxListVersion(), l.diagnostics());
        assertRegenerated(r, with(r, r.timestamp(), r.softwareAgent(), r.versions(), r.documents(), other),
                ReleaseAdditions.none());
    }

    @Test
    void aPreviousReleaseRegenerates() throws Exception {
        BundleRequest r = request();
        assertRegenerated(r, r, new ReleaseAdditions(List.of(), List.of(), Optional.of("10.5878/prev-0001"))
                .following("1.1.0"));
    }

    @Test
    void aDamagedRecordRegenerates() throws Exception {
        new BundleBuilder().build(request());
        Map<String, Object> first = identities();
        Files.writeString(out.resolve("ds-1.0.0.zip.parts.kept"), "datasetkit-kept-exports 1\n"
                + RoCrate.FILE_NAME + "\tgarbage\n", StandardOpenOption.TRUNCATE_EXISTING);

        new BundleBuilder().build(request());

        assertEveryFileRegenerated(first);
    }

    @Test
    void aSpooledFileTouchedOrGoneIsRegeneratedAndTheBundleIsRight() throws Exception {
        new BundleBuilder().build(request());
        Map<String, Object> first = identities();
        Files.write(spooled(SpdxDataset.PATH), new byte[] {' '}, StandardOpenOption.APPEND);
        Files.delete(spooled(CycloneDxBom.PATH));

        BagWriteResult again = new BundleBuilder().build(request());

        Map<String, Object> now = identities();
        assertThat(now.get(SpdxDataset.PATH)).isNotEqualTo(first.get(SpdxDataset.PATH));
        assertThat(now.get(CycloneDxBom.PATH)).isNotEqualTo("none");
        assertThat(again.kept()).isTrue(); // the same bytes as before, so the archive stays
        assertThat(again.archive()).hasSameBinaryContentAs(new BundleBuilder().build(unstamped(request())).archive());
    }

    /** {@code after} differs from {@code before} in one input: every file it reaches is generated again. */
    private void assertRegenerated(BundleRequest before, BundleRequest after, ReleaseAdditions release)
            throws Exception {
        assertRegenerated(before, () -> after, release);
    }

    /** The same, with {@code after} made once {@code before} is built (it edits the dataset). */
    private void assertRegenerated(BundleRequest before, java.util.concurrent.Callable<BundleRequest> edit,
            ReleaseAdditions release) throws Exception {
        new BundleBuilder().build(before);
        Map<String, Object> first = identities();
        BundleRequest after = edit.call();

        BagWriteResult changed = new BundleBuilder().build(after, release);

        assertThat(changed.kept()).isFalse();
        assertEveryFileRegenerated(first);
        BagWriteResult afresh = new BundleBuilder().build(unstamped(after), release);
        assertThat(changed.archive()).hasSameBinaryContentAs(afresh.archive());
    }

    private void assertEveryFileRegenerated(Map<String, Object> first) throws Exception {
        Map<String, Object> now = identities();
        for (String name : SPOOLED) {
            assertThat(now.get(name)).as(name).isNotEqualTo(first.get(name));
        }
    }
}
