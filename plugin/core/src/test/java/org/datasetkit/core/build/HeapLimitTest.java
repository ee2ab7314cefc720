package org.datasetkit.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.datasetkit.core.dataset.SymlinkPolicy;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Diagnostics;
import org.datasetkit.core.diag.Vocabulary;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stage that runs out of heap is a finding naming the stage and the setting to raise, never a bare "Java heap space". */
class HeapLimitTest {

    @TempDir
    Path root;

    /** The neutral words with Maven's way of raising the heap. */
    private static final Vocabulary MAVEN_LIKE = mavenLike();

    private static Vocabulary mavenLike() {
        Map<Vocabulary.Setting, String> words = new java.util.EnumMap<>(Vocabulary.NEUTRAL.settings());
        words.put(Vocabulary.Setting.HEAP, "MAVEN_OPTS=-Xmx");
        return new Vocabulary(words, "i", "v", "b");
    }

    @Test
    void runningOutOfHeapIsAFindingThatNamesTheStageAndTheSettingToRaise() {
        DatasetException e = catchThrowableOfType(() -> HeapLimit.guard(Stage.BUNDLE, MAVEN_LIKE, () -> {
            throw new OutOfMemoryError("Java heap space");
        }), DatasetException.class);

        assertThat(e).isNotNull();
        Diagnostic d = e.diagnostics().all().get(0);
        assertThat(d.code()).isEqualTo("build.out-of-memory");
        assertThat(d.message()).startsWith("The bundle ran out of memory: Java's heap is limited to ");
        assertThat(d.hint()).matches("give Java a larger heap, e\\.g\\. twice as much: MAVEN_OPTS=-Xmx[0-9]+[mg]");
    }

    @Test
    void theSuggestedHeapIsTwiceTodays() {
        assertThat(HeapLimit.outOfMemory("the bundle", Vocabulary.NEUTRAL, 256L << 20).message())
                .isEqualTo("The bundle ran out of memory: Java's heap is limited to 256m, too little for this dataset");
        assertThat(HeapLimit.outOfMemory("the bundle", Vocabulary.NEUTRAL, 256L << 20).hint()).endsWith(": -Xmx512m");
        assertThat(HeapLimit.outOfMemory("the bundle", Vocabulary.NEUTRAL, 512L << 20).hint()).endsWith(": -Xmx1g");
    }

    @Test
    void outOfNativeThreadsIsNotSaidToBeTheHeap() {
        OutOfMemoryError e = catchThrowableOfType(() -> HeapLimit.guard(Stage.FIXITY, Vocabulary.NEUTRAL, () -> {
            throw new OutOfMemoryError("unable to create native thread: possibly out of memory or process/resource limits reached");
        }), OutOfMemoryError.class);

        assertThat(e).isNotNull();
    }

    @Test
    void theBuildReportsTheStageThatRanOutAndWritesNoBundle() throws Exception {
        Datasets.write(root, "datasheet.yaml", Datasets.MINIMAL_DATASHEET);
        Datasets.write(root, "data/labels.csv", "id,label\n1,benign\n2,malignant\n");
        Datasets.write(root, "docs/README.md", "# Test\n");
        DatasetLocation where = new DatasetLocation(root, Optional.empty(), root.resolve("target"), List.of(), List.of("target"),
                SymlinkPolicy.FOLLOW, Optional.of("1.0.0"));
        BuildListener allocationFailsInTheChecksums = new BuildListener() {
            @Override
            public void findings(Stage stage, Diagnostics diagnostics, Optional<Path> fullList) {
                if (stage == Stage.FIXITY) {
                    throw new OutOfMemoryError("Java heap space"); // injected: the checksums' results are being reported
                }
            }

            @Override
            public void info(String line) {}

            @Override
            public void warn(String line) {}
        };
        DatasetBuild build = new DatasetBuild(new BuildSettings(where, GateSettings.defaults(), FixitySettings.defaults(),
                BundleSettings.defaults(), 2), new StageCache(), allocationFailsInTheChecksums);

        DatasetException e = catchThrowableOfType(build::bundle, DatasetException.class);

        assertThat(e).isNotNull();
        assertThat(e.diagnostics().all()).extracting(Diagnostic::code).containsExactly("build.out-of-memory");
        assertThat(e.diagnostics().all().get(0).message()).startsWith("The checksums ran out of memory");
        try (Stream<Path> files = Files.list(root.resolve("target"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".zip"));
        }
    }
}
