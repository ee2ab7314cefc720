package org.datasetkit.core.deposit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One file to send: its name at the service, its size, the checksum the service's answer is compared with, and where
 * its bytes come from.
 *
 * @param name the path or key at the service ({@code data/labels.csv}, {@code my-dataset-1.0.0.zip})
 * @param checksum {@code <algorithm>:<lowercase hex>}, in the algorithm the service reports ({@code sha256:…},
 *     {@code md5:…})
 * @param file the file on disk, when the bytes are a whole file (sent without copying)
 */
public record DepositFile(String name, long size, String checksum, Optional<Path> file, Bytes bytes) {

    /** Where a file's bytes come from: opened once per attempt. */
    @FunctionalInterface
    public interface Bytes {
        InputStream open() throws IOException;
    }

    public DepositFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** A whole file on disk. */
    static DepositFile of(String name, Path path, long size, String checksum) {
        return new DepositFile(name, size, checksum, Optional.of(path), () -> Files.newInputStream(path));
    }

    /** The hex digest without its algorithm. */
    String hex() {
        return checksum.substring(checksum.indexOf(':') + 1);
    }
}
