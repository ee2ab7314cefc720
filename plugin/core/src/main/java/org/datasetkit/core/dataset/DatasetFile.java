package org.datasetkit.core.dataset;

import java.nio.file.Path;

/**
 * One payload file of a dataset, as it was when the dataset was scanned.
 *
 * @param path relative path inside the dataset root, {@code /}-separated, exactly as the file system spells it
 * @param file where to read it
 * @param size size in bytes at scan time
 * @param lastModified modification time at scan time, in nanoseconds since the epoch
 * @param identity the file system's identity of the file (device and inode on POSIX), or empty where it gives none
 */
public record DatasetFile(String path, Path file, long size, long lastModified, String identity) {

    /** The path the file has inside a bag: under {@code data/}. */
    public String bagPath() {
        return "data/" + path;
    }
}
