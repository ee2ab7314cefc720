package org.datasetkit.core.fixity;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;

/**
 * A file's change time (POSIX ctime): set by the kernel on every write and on every change of the modification
 * time, and settable by no one, so an edit that keeps the size and puts the modification time back still shows.
 * Where the file system has none (not POSIX), {@link #UNKNOWN}, and the modification time has to do.
 */
public final class ChangeTime {

    public static final long UNKNOWN = Long.MIN_VALUE;

    private static final boolean SUPPORTED = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    /** A change time counting only whole seconds may hide two changes within one: such times get a longer window. */
    private static final long COARSE_WINDOW = TimeUnit.SECONDS.toNanos(2);

    /** Kernels stamp change times from a clock that ticks every few milliseconds. */
    private static final long FINE_WINDOW = TimeUnit.MILLISECONDS.toNanos(20);

    private ChangeTime() {}

    /** The change time of the file (a link followed), in nanoseconds since the epoch. */
    public static long of(Path file) throws IOException {
        if (!supportedFor(file)) {
            return UNKNOWN;
        }
        return ((FileTime) Files.getAttribute(file, "unix:ctime")).to(TimeUnit.NANOSECONDS);
    }

    /** Whether the file's file system keeps change times that Java can read. */
    static boolean supportedFor(Path file) {
        return SUPPORTED && file.getFileSystem() == FileSystems.getDefault();
    }

    /**
     * Whether a change time recorded in a cache written at {@code writtenNanos} can be trusted: a later change in the
     * same tick of the file system's clock would leave it as it is.
     */
    public static boolean trusted(long changeTime, long writtenNanos) {
        if (changeTime == UNKNOWN) {
            return true;
        }
        long window = changeTime % 1_000_000_000L == 0 ? COARSE_WINDOW : FINE_WINDOW;
        return changeTime < writtenNanos - window;
    }
}
