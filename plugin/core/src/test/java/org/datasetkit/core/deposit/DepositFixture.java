package org.datasetkit.core.deposit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.datasetkit.core.bag.Compression;
import org.datasetkit.core.build.BuildListener;
import org.datasetkit.core.build.BuildSettings;
import org.datasetkit.core.build.BundleSettings;
import org.datasetkit.core.build.DatasetBuild;
import org.datasetkit.core.build.DatasetLocation;
import org.datasetkit.core.build.DepositSettings;
import org.datasetkit.core.build.FixitySettings;
import org.datasetkit.core.build.GateSettings;
import org.datasetkit.core.build.Stage;
import org.datasetkit.core.build.StageCache;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.support.Datasets;

/**
 * A small dataset in a folder, built and deposited through the stage runner as a front end would, with every line
 * the build says kept for assertions.
 */
final class DepositFixture {

    static final int DATA_FILES = 12;

    final Path root;
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final String format;

    DepositFixture(Path root, String format) {
        this.root = root;
        this.format = format;
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET.replace("creators: [{name: \"Doe, Jane\"}]",
                "creators: [{name: \"Doe, Jane\", givenName: Jane, familyName: Doe, orcid: \"0000-0002-1825-0097\","
                        + " affiliations: [{name: Karolinska Institutet}]}]"));
        for (int i = 1; i <= DATA_FILES; i++) {
            byte[] bytes = new byte[1000 * i + 7];
            for (int j = 0; j < bytes.length; j++) {
                bytes[j] = (byte) (j * 31 + i);
            }
            Datasets.write(root, String.format("data/images/case%03d.bin", i), bytes);
        }
        Datasets.write(root, "data/labels.csv", "id,label\n1,benign\n2,malignant\n");
    }

    DepositSettings settings(Destination to, String secret) {
        return settings(to, secret, false, false, false, 3);
    }

    DepositSettings settings(Destination to, String secret, boolean publish, boolean reserveDoi, boolean dryRun,
            int attempts) {
        return new DepositSettings(to, Optional.ofNullable(secret).map(s -> Credential.of(s, "the settings.xml server"
                + " 'test'")), publish, reserveDoi, dryRun, new RetryPolicy(attempts, Duration.ofMillis(5),
                Duration.ofMillis(20)), Duration.ofMillis(1));
    }

    DepositResult deposit(DepositSettings deposit) throws IOException, DatasetException {
        DatasetLocation where = new DatasetLocation(root, Optional.empty(), root.resolve("target"), List.of(), List.of("target"),
                SymlinkPolicy.FOLLOW, Optional.of("1.0.0"));
        BundleSettings bundle = new BundleSettings(Optional.of("test-dataset-1.0.0"), Optional.empty(), format,
                Compression.AUTO, Optional.empty(), Optional.empty(), Optional.empty());
        BuildSettings settings = new BuildSettings(where, GateSettings.defaults(), FixitySettings.defaults(), bundle, 2)
                .withDeposit(deposit);
        return new DatasetBuild(settings, new StageCache(), new BuildListener() {
            @Override
            public void findings(Stage stage, Diagnostics diagnostics, Optional<Path> fullList) {
                diagnostics.all().forEach(d -> lines.add(d.format()));
            }

            @Override
            public void info(String line) {
                lines.add(line);
            }

            @Override
            public void warn(String line) {
                lines.add(line);
            }
        }).deposit();
    }

    Path journal(DepositTarget target) {
        return root.resolve("target/dataset/deposit-" + target.id() + ".journal");
    }

    /** Every file under target/, as text (binary files too: a secret would show as its bytes). */
    List<String> everyOutputFile() {
        try (Stream<Path> files = Files.walk(root.resolve("target"))) {
            return files.filter(Files::isRegularFile).map(p -> {
                try {
                    return p + "\n" + new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
