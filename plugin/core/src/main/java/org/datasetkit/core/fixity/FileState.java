package org.datasetkit.core.fixity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A file's size, modification time and change time, from one look at it (a link followed): after a file is read,
 * what proves it was not changed meanwhile, for the price of one stat.
 *
 * @param changeTime in nanoseconds since the epoch, or {@link ChangeTime#UNKNOWN} where the file system has none
 */
record FileState(long size, long lastModified, long changeTime) {

    static FileState of(Path file) throws IOException {
        if (!ChangeTime.supportedFor(file)) {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileState(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), ChangeTime.UNKNOWN);
        }
        Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime");
        return new FileState((Long) a.get("size"), ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS),
                ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS));
    }
}
