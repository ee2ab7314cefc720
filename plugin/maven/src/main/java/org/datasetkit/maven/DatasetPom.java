package org.datasetkit.maven;

import java.nio.file.Path;
import java.util.Locale;

/** The {@code pom.xml} that {@code dataset:init} writes for a folder of data: the Maven side of a new dataset project. */
final class DatasetPom {

    private DatasetPom() {}

    /** A dataset project named after its folder, using this plugin's version. */
    static String forFolder(Path root, String pluginVersion) {
        String artifactId = root.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        // No text block: the plugin descriptor generator (QDox) cannot parse them.
        return String.join("\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"",
                "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
                "         xsi:schemaLocation=\"http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd\">",
                "  <modelVersion>4.0.0</modelVersion>",
                "  <!-- TODO: your organisation's reverse domain -->",
                "  <groupId>org.example.datasets</groupId>",
                "  <artifactId>%s</artifactId>",
                "  <!-- the same as version: in datasheet.yaml -->",
                "  <version>1.0.0</version>",
                "  <packaging>dataset</packaging>",
                "",
                "  <properties>",
                "    <!-- the time of every entry of the bundle: rebuilds are byte-identical -->",
                "    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>",
                "  </properties>",
                "",
                "  <build>",
                "    <plugins>",
                "      <plugin>",
                "        <groupId>org.datasetkit</groupId>",
                "        <artifactId>dataset-maven-plugin</artifactId>",
                "        <version>%s</version>",
                "        <extensions>true</extensions>",
                "      </plugin>",
                "    </plugins>",
                "  </build>",
                "</project>",
                "").formatted(artifactId, pluginVersion);
    }
}
