package org.datasetkit.core.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds small dataset folders for tests. */
public final class Datasets {

    /** A datasheet the core profile accepts; tests replace lines to break it. */
    public static final String MINIMAL_DATASHEET = String.join("\n",
            "schemaVersion: \"1.0\"",
            "title: Test dataset",
            "description: A dataset made by a unit test.",
            "version: \"1.0.0\"",
            "datePublished: 2026-05-01",
            "creators: [{name: \"Doe, Jane\"}]",
            "publisher: {name: Example University}",
            "license: {spdx: CC-BY-4.0}",
            "access: {level: open}",
            "provenance: {origin: original}",
            "maintenance: {maintainer: {name: \"Doe, Jane\"}, contact: \"jane@example.org\"}",
            "");

    private Datasets() {}

    public static Path write(Path root, String relative, String content) {
        return write(root, relative, content.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path root, String relative, byte[] content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dataset folder with the minimal datasheet and a few data files. */
    public static Path minimal(Path root) {
        write(root, "datasheet.yaml", MINIMAL_DATASHEET);
        write(root, "data/a.csv", "id,label\n1,benign\n2,malignant\n");
        write(root, "data/images/img 1.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        write(root, "docs/README.md", "# Test\n");
        return root;
    }
}
