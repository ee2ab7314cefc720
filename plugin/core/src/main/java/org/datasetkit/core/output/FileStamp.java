package org.datasetkit.core.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What tells that a file the build wrote has not been touched since: its size, modification time and identity (the
 * same three things the checksum cache trusts for a payload file). Every atomic rewrite gives a new identity.
 *
 * @param lastModified in nanoseconds since the epoch
 * @param identity the file system's identity of the file (device and inode on POSIX), or empty where it gives none
 */
public record FileStamp(long size, long lastModified, String identity) {

    /** The stamp of the regular file at {@code file} now, or empty when there is none (a link is not followed). */
    public static Optional<FileStamp> of(Path file) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (!attrs.isRegularFile()) {
            return Optional.empty();
        }
        Object key = attrs.fileKey();
        return Optional.of(new FileStamp(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                key == null ? "" : key.toString()));
    }
}
