package org.datasetkit.core.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.bag.BagWriteResult;
import org.datasetkit.core.bag.BagitProfile;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.datasheet.Datasheet;
import org.datasetkit.core.datasheet.DatasheetSchema;
import org.datasetkit.core.datasheet.DatasheetValidator;
import org.datasetkit.core.datasheet.ValidationRequest;
import org.datasetkit.core.export.BundleBuilder;
import org.datasetkit.core.export.BundleRequest;
import org.datasetkit.core.fixity.DigestAlgorithm;
import org.datasetkit.core.license.LicenseChecker;
import org.datasetkit.core.license.LicenseRegistry;
import org.datasetkit.core.license.SpdxLicenseList;

/**
 * The bundle the consumer-library tests read: a restricted medical dataset (medical + snd profiles, DUO codes, a
 * data use agreement, a label table with splits) whose files have the names consumers stumble over: a space, a
 * {@code %}, non-ASCII in NFC and the same in NFD.
 */
public final class ConsumerBundles {

    /** "Malmö" with the umlaut as a combining character (NFD), as macOS writes it. */
    public static final String NFD_FOLDER = "Malmo\u0308 NFD";
    public static final List<String> AWKWARD = List.of("data/with space/100% done.csv", "data/Malmö/bröstcancer.txt",
            "data/" + NFD_FOLDER + "/x.txt", "data/images/case 1.png");

    private ConsumerBundles() {}

    /** Writes the dataset into {@code root} and bags it as a folder in {@code out}; returns the bag folder. */
    public static Path restrictedMedical(Path root, Path out) throws Exception {
        return build(root, out, Optional.empty()).archive();
    }

    public static BagWriteResult build(Path root, Path out, Optional<BagitProfile> profile) throws Exception {
        String sheet = new String(ConsumerBundles.class.getResourceAsStream("/datasheets/restricted-medical.yaml")
                .readAllBytes(), StandardCharsets.UTF_8);
        Datasets.write(root, "datasheet.yaml", sheet);
        Datasets.write(root, "docs/README.md", "# About\n");
        Datasets.write(root, "data/labels.csv", "id,label,split,age\nc1,benign,train,54\nc2,malignant,train,61\nc3,benign,test,47\n");
        Datasets.write(root, AWKWARD.get(0), "a,b\n1,2.5\n");
        Datasets.write(root, AWKWARD.get(1), "åäö");
        Datasets.write(root, AWKWARD.get(2), "nfd");
        Datasets.write(root, AWKWARD.get(3), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Datasheet datasheet = new DatasheetValidator(new DatasheetSchema())
                .validate(new ValidationRequest(root, Optional.empty(), Optional.empty())).datasheet().orElseThrow();
        BundleRequest request = new BundleRequest(datasheet, Bags.fixity(root, DigestAlgorithm.SHA256),
                new LicenseChecker(new SpdxLicenseList(), LicenseRegistry.builtIn()).check(datasheet, root),
                "mammo-1.2.0", out.resolve("mammo-1.2.0"), "directory", Compression.AUTO, profile,
                Instant.parse("2026-05-01T00:00:00Z"), "datasetkit test", 2);
        return new BundleBuilder().build(request);
    }
}
