package org.datasetkit.consumers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.bag.BagWriteResult;
import org.datasetkit.core.bag.BagitProfile;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.StrictDatasheetReader;
import org.datasetkit.core.datasheet.TypedDatasheetReader;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.export.BundleBuilder;
import org.datasetkit.core.export.BundleRequest;
import org.datasetkit.core.fixity.Checksummer;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.fixity.FixityOptions;
import org.datasetkit.core.fixity.FixityResult;
import org.datasetkit.core.fixity.ProgressListener;
import org.datasetkit.core.license.LicenseChecker;
import org.datasetkit.core.license.LicenseRegistry;
import org.datasetkit.core.license.SpdxLicenseList;

/**
 * The bundle the consumer-library tests read: a restricted medical dataset (medical + snd profiles, DUO codes, a
 * data use agreement, a label table with splits) whose files have the names consumers stumble over: a space, a
 * {@code %}, non-ASCII in NFC and the same in NFD. The datasheet is read without the schema check (ro-crate-java
 * brings an older json-schema-validator than the core's; the core's own tests validate this datasheet).
 */
public final class ConsumerBundles {

    /** "Malmö" with the umlaut as a combining character (NFD), as macOS writes it. */
    public static final String NFD_FOLDER = "Malmo\u0308 NFD";
    public static final List<String> AWKWARD = List.of("data/with space/100% done.csv", "data/Malmö/bröstcancer.txt",
            "data/" + NFD_FOLDER + "/x.txt", "data/images/case 1.png");

    private ConsumerBundles() {}

    /** The three projects every consumer reads: the demo, the restricted medical snd dataset, the awkward names. */
    public enum Fixture {
        DEMO, RESTRICTED_MEDICAL_SND, AWKWARD_NAMES;

        /** Writes this project's dataset into {@code root} and bags it as a folder in {@code out}; the bag folder. */
        public Path bag(Path root, Path out) throws Exception {
            return switch (this) {
                case DEMO -> demo(root, out);
                case RESTRICTED_MEDICAL_SND -> build(root, out, Optional.of(BagitProfile.sndDoris()), false).archive();
                case AWKWARD_NAMES -> build(root, out, Optional.empty(), true).archive();
            };
        }
    }

    /** Writes the dataset into {@code root} and bags it as a folder in {@code out}; returns the bag folder. */
    public static Path restrictedMedical(Path root, Path out) throws Exception {
        return build(root, out, Optional.empty()).archive();
    }

    public static BagWriteResult build(Path root, Path out, Optional<BagitProfile> profile) throws Exception {
        return build(root, out, profile, true);
    }

    /** @param awkwardNames whether to add the files with awkward names */
    public static BagWriteResult build(Path root, Path out, Optional<BagitProfile> profile, boolean awkwardNames)
            throws Exception {
        String sheet = new String(ConsumerBundles.class.getResourceAsStream("/datasheets/restricted-medical.yaml")
                .readAllBytes(), StandardCharsets.UTF_8);
        write(root, "datasheet.yaml", sheet);
        write(root, "docs/README.md", "# About\n");
        write(root, "data/labels.csv", "id,label,split,age\nc1,benign,train,54\nc2,malignant,train,61\nc3,benign,test,47\n");
        if (awkwardNames) {
            write(root, AWKWARD.get(0), "a,b\n1,2.5\n");
            write(root, AWKWARD.get(1), "åäö");
            write(root, AWKWARD.get(2), "nfd");
            write(root, AWKWARD.get(3), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
        return bag(root, out, "mammo-1.2.0", profile);
    }

    private static BagWriteResult bag(Path root, Path out, String name, Optional<BagitProfile> profile) throws Exception {
        Datasheet datasheet = TypedDatasheetReader.read(new StrictDatasheetReader().read(root.resolve("datasheet.yaml"),
                "datasheet.yaml"));
        FixityResult fixity = new Checksummer().compute(new DatasetScanner().scan(ScanRequest.of(root)), new FixityOptions(
                List.of(DigestAlgorithm.SHA256), 2, Optional.empty(), false, ProgressListener.NONE, Duration.ofSeconds(5)));
        BundleRequest request = new BundleRequest(datasheet, fixity,
                new LicenseChecker(new SpdxLicenseList(), LicenseRegistry.builtIn()).check(datasheet, root),
                name, out.resolve(name), "directory", Compression.AUTO, profile,
                Instant.parse("2026-05-01T00:00:00Z"), "datasetkit test", 2);
        return new BundleBuilder().build(request);
    }

    /**
     * The demo dataset of {@code it/src/it/demo} (open, synthetic images, a label table), copied into {@code root} without
     * its build files and bagged as a folder in {@code out}; returns the bag folder.
     */
    public static Path demo(Path root, Path out) throws Exception {
        Path demo = Path.of("../../it/src/it/demo").toAbsolutePath().normalize();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(demo)) {
            for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                String relative = demo.relativize(f).toString();
                if (!List.of("pom.xml", "invoker.properties", "verify.groovy").contains(relative)) {
                    write(root, relative, java.nio.file.Files.readAllBytes(f));
                }
            }
        }
        return bag(root, out, "demo-1.0.0", Optional.empty()).archive();
    }

    private static void write(Path root, String relative, String content) throws java.io.IOException {
        write(root, relative, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path root, String relative, byte[] content) throws java.io.IOException {
        Path file = root.resolve(relative);
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, content);
    }
}
