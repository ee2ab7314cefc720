package org.datasetkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core is plain Java: a Maven type in it would tie the pipeline to one build tool. */
class ArchitectureTest {

    private static final Path CORE = Path.of("src/main/java/org/datasetkit/core");

    @Test
    void noCoreClassImportsMaven() throws IOException {
        List<Path> sources = coreSources();
        assertThat(sources).hasSizeGreaterThan(20);

        List<String> offenders = sources.stream()
                .filter(p -> read(p).lines().anyMatch(l -> l.matches("\\s*import\\s+(static\\s+)?org\\.apache\\.maven\\..*")))
                .map(Path::toString)
                .toList();

        assertThat(offenders).isEmpty();
    }

    @Test
    void theCheckWouldCatchAMavenImport() {
        String line = "import org.apache.maven.plugin.MojoExecutionException;";
        assertThat(line.matches("\\s*import\\s+(static\\s+)?org\\.apache\\.maven\\..*")).isTrue();
    }

    private static List<Path> coreSources() throws IOException {
        try (Stream<Path> files = Files.walk(CORE)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
