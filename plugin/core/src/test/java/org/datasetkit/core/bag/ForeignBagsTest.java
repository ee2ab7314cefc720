package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;

import gov.loc.repository.bagit.creator.BagCreator;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.Version;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.hash.SupportedAlgorithm;
import gov.loc.repository.bagit.writer.BagWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bags made by other tools and by the BagIt drafts: what RFC 8493 and the drafts call valid is valid here. */
class ForeignBagsTest {

    /** sha384 is a name the BagIt specifications allow that bagit-java does not list: given to it by hand. */
    private static final SupportedAlgorithm SHA384 = new SupportedAlgorithm() {
        @Override
        public String getMessageDigestName() {
            return "SHA-384";
        }

        @Override
        public String getBagitName() {
            return "sha384";
        }
    };

    @TempDir
    Path dir;

    private final BagVerifier verifier = new BagVerifier();

    private Path loc(String name, SupportedAlgorithm... algorithms) throws Exception {
        Path bag = dir.resolve(name);
        Datasets.minimal(bag);
        BagCreator.bagInPlace(bag, List.of(algorithms), false);
        return bag;
    }

    private static List<String> codes(VerificationResult result, Severity severity) {
        return result.diagnostics().all().stream().filter(d -> d.severity() == severity).map(Diagnostic::code).toList();
    }

    @Test
    void manifestsInSha224AndSha384FromBagitJavaAreRead() throws Exception {
        Path bag = loc("sha2", StandardSupportedAlgorithms.SHA224, SHA384);
        assertThat(bag.resolve("manifest-sha224.txt")).exists();
        assertThat(bag.resolve("manifest-sha384.txt")).exists();

        VerificationResult result = verifier.verify(bag);

        assertThat(result.isValid()).as(result.diagnostics().toString()).isTrue();
        assertThat(result.payloadFiles()).isEqualTo(4);
        // and they are checked, not skipped
        Files.writeString(bag.resolve("data/data/a.csv"), "id,label\n1,benign\n2,malignanT\n");
        assertThat(codes(verifier.verify(bag), Severity.ERROR)).containsExactly("bag.checksum-mismatch", "bag.checksum-mismatch");
    }

    @Test
    void bagsOfTheDraftVersionsWrittenByBagitJavaAreValid() throws Exception {
        Bag original = new gov.loc.repository.bagit.reader.BagReader().read(loc("orig", StandardSupportedAlgorithms.MD5,
                StandardSupportedAlgorithms.SHA1));
        for (String version : List.of("0.93", "0.94", "0.95", "0.96", "0.97")) {
            Bag old = new Bag(original);
            String[] parts = version.split("\\.");
            old.setVersion(new Version(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
            Path copy = dir.resolve("v" + version);
            BagWriter.write(old, copy);
            assertThat(Files.readString(copy.resolve("bagit.txt"))).contains("BagIt-Version: " + version);

            VerificationResult result = verifier.verify(copy);

            assertThat(result.isValid()).as(version + ": " + result.diagnostics()).isTrue();
        }
    }

    @Test
    void aBagIt093BagWithPackageInfoIsReadAndItsOxumChecked() throws Exception {
        HandMadeBag bag = new HandMadeBag(dir.resolve("old")).declaration("0.93").file("data/a.txt", "alpha\n")
                .file("data/b.txt", "beta\n");
        bag.manifest("md5", p -> p).tag("package-info.txt", "Payload-Oxum: 11.2\nBagging-Date: 2009-01-01\n");

        assertThat(verifier.verify(bag.root()).isValid()).isTrue();

        bag.tag("package-info.txt", "Payload-Oxum: 12.2\n");
        assertThat(codes(verifier.verify(bag.root()), Severity.ERROR)).containsExactly("bag.oxum-mismatch");
    }

    @Test
    void manifestPathsWithALeadingDotSlashAreRead() throws Exception {
        HandMadeBag bag = new HandMadeBag(dir.resolve("dot")).declaration("1.0").file("data/a.txt", "alpha\n");
        bag.manifest("sha256", p -> "./" + p);

        VerificationResult result = verifier.verify(bag.root());

        assertThat(result.isValid()).as(result.diagnostics().toString()).isTrue();
        assertThat(codes(result, Severity.WARNING)).containsExactly("bag.manifest-legacy");
    }

    @Test
    void aFileListedTwiceWithTheSameChecksumIsAWarningAndWithAnotherAnError() throws Exception {
        HandMadeBag bag = new HandMadeBag(dir.resolve("twice")).declaration("1.0").file("data/a.txt", "alpha\n");
        String line = HandMadeBag.hex("sha256", "alpha\n".getBytes(StandardCharsets.UTF_8)) + "  data/a.txt\n";
        bag.tag("manifest-sha256.txt", line + line);

        VerificationResult same = verifier.verify(bag.root());
        assertThat(same.isValid()).as(same.diagnostics().toString()).isTrue();
        assertThat(codes(same, Severity.WARNING)).containsExactly("bag.manifest-duplicate");

        bag.tag("manifest-sha256.txt", line + "0".repeat(64) + "  data/a.txt\n");
        assertThat(codes(verifier.verify(bag.root()), Severity.ERROR)).contains("bag.manifest-conflict");
    }

    @Test
    void namesThatDifferOnlyByCaseOrNormalisationAreAWarning() throws Exception {
        String nfc = Normalizer.normalize("data/Malmö.txt", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("data/Malmö.txt", Normalizer.Form.NFD);
        HandMadeBag bag = new HandMadeBag(dir.resolve("names")).declaration("1.0").file("data/Scan.txt", "1\n")
                .file("data/scan.txt", "2\n").file(nfc, "3\n").file(nfd, "4\n");
        bag.manifest("sha256", p -> p);

        VerificationResult result = verifier.verify(bag.root());

        assertThat(result.isValid()).as(result.diagnostics().toString()).isTrue();
        assertThat(codes(result, Severity.WARNING)).containsExactlyInAnyOrder("bag.case-collision", "bag.normalization-collision");
        assertThat(result.payloadFiles()).isEqualTo(4);
    }

    @Test
    void namesThatDifferOnlyByNormalisationInAZipAreAWarningToo() throws Exception {
        String nfc = Normalizer.normalize("data/Malmö.txt", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("data/Malmö.txt", Normalizer.Form.NFD);
        HandMadeBag bag = new HandMadeBag(dir.resolve("names")).declaration("1.0").file(nfc, "nfc\n").file(nfd, "nfd\n");
        bag.manifest("sha256", p -> p);
        RawZip zip = new RawZip();
        try (var files = Files.walk(bag.root())) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.stored("names/" + bag.root().relativize(f), Files.readAllBytes(f));
            }
        }
        Path archive = dir.resolve("names.zip");
        zip.write(archive);

        VerificationResult result = verifier.verify(archive);

        assertThat(result.isValid()).as(result.diagnostics().toString()).isTrue();
        assertThat(result.payloadFiles()).isEqualTo(2);
        assertThat(codes(result, Severity.WARNING)).containsExactly("bag.normalization-collision");
    }

    @Test
    void fetchTxtPathsThatLeaveThePayloadAreRefusedAndUnfetchedFilesNamed() throws Exception {
        HandMadeBag bag = new HandMadeBag(dir.resolve("fetch")).declaration("1.0").file("data/a.txt", "alpha\n");
        bag.manifest("sha256", p -> p);
        bag.tag("fetch.txt", String.join("\n", "https://example.org/x 5 ../../outside.txt", "https://example.org/y - /etc/cron.d/evil",
                "https://example.org/z 1 ~/.bashrc", "https://example.org/w 3 bag-info.txt", "https://example.org/ok 6 data/a.txt", ""));

        VerificationResult result = verifier.verify(bag.root());

        assertThat(result.diagnostics().all()).filteredOn(d -> d.code().equals("bag.fetch-unsafe-path"))
                .extracting(Diagnostic::line).containsExactly(1, 2, 3, 4);
        assertThat(codes(result, Severity.ERROR)).containsOnly("bag.fetch-unsafe-path");

        // a safe fetch item listed in the manifest but not yet fetched is said as such
        String b = HandMadeBag.hex("sha256", "beta\n".getBytes(StandardCharsets.UTF_8)) + "  data/b.txt\n";
        bag.tag("manifest-sha256.txt", Files.readString(bag.root().resolve("manifest-sha256.txt")) + b);
        bag.tag("fetch.txt", "https://example.org/b 5 data/b.txt\n");
        assertThat(codes(verifier.verify(bag.root()), Severity.ERROR)).containsExactly("bag.not-fetched");
    }
}
