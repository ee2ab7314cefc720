package org.datasetkit.core.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;

/**
 * Detects a payload file that changed after the scan: a file must have the size and modification time the scan
 * saw before it is read and after, or the checksums and the bag would describe something that no longer exists.
 */
public final class ChangeDetector {

    /** The code of a payload file the build may not read. */
    public static final String UNREADABLE = "dataset.unreadable";

    private ChangeDetector() {}

    /** Whether {@code e} says no more than that payload files cannot be read (so others are still worth trying). */
    public static boolean isUnreadable(DatasetException e) {
        return e.diagnostics().all().stream().allMatch(d -> d.code().equals(UNREADABLE));
    }

    /** Fails naming the file when it no longer has the size and time the scan recorded. */
    public static void requireUnchanged(DatasetFile file, String activity) throws IOException, DatasetException {
        requireUnchanged(file, file.file(), activity);
    }

    /** {@link #requireUnchanged(DatasetFile, String)} of a file whose path the caller has resolved already. */
    public static void requireUnchanged(DatasetFile file, Path at, String activity) throws IOException, DatasetException {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(at, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw changed(file, activity, "was deleted");
        }
        if (now.size() != file.size() || now.lastModifiedTime().to(TimeUnit.NANOSECONDS) != file.lastModified()) {
            throw changed(file, activity, "was modified");
        }
    }

    /**
     * Copies a payload file into {@code out}, failing naming the file if it is not, before or after, what the scan
     * saw (so a bundle never holds a file its checksums do not describe).
     */
    public static long copy(DatasetFile file, OutputStream out, String activity) throws IOException, DatasetException {
        requireUnchanged(file, activity);
        long copied;
        try (InputStream in = open(file, activity)) {
            copied = in.transferTo(out);
        }
        requireLength(file, copied, activity);
        requireUnchanged(file, activity);
        return copied;
    }

    /** Opens a payload file for reading; a file the build may not read is the user's problem, named as such. */
    public static InputStream open(DatasetFile file, String activity) throws IOException, DatasetException {
        return Channels.newInputStream(channel(file, activity));
    }

    /** Opens a payload file as a channel, with the same errors as {@link #open}. */
    public static FileChannel channel(DatasetFile file, String activity) throws IOException, DatasetException {
        return channel(file, file.file(), activity);
    }

    /** {@link #channel(DatasetFile, String)} of a file whose path the caller has resolved already. */
    public static FileChannel channel(DatasetFile file, Path at, String activity) throws IOException, DatasetException {
        try {
            return FileChannel.open(at);
        } catch (AccessDeniedException e) {
            throw new DatasetException(Diagnostic.error(UNREADABLE, file.path(),
                    "cannot be " + activity + ": permission denied", "make it readable by the build (chmod a+r) or exclude it"));
        } catch (NoSuchFileException e) {
            throw changed(file, activity, "was deleted");
        }
    }

    /** Fails naming the file when reading it gave another number of bytes than the scan saw. */
    public static void requireLength(DatasetFile file, long bytesRead, String activity) throws DatasetException {
        if (bytesRead != file.size()) {
            throw changed(file, activity, "changed size (" + file.size() + " bytes when scanned, " + bytesRead + " read)");
        }
    }

    private static DatasetException changed(DatasetFile file, String activity, String what) {
        return new DatasetException(Diagnostic.error("dataset.changed-during-read", file.path(),
                what + " while it was being " + activity,
                "let whatever writes to the dataset finish, then run the build again"));
    }
}
