package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.output.AtomicFile;
import org.datasetkit.core.output.Leftovers;

/**
 * Writes a bag as a plain folder (for repositories that take a folder, or to inspect it): built beside the target
 * and renamed into place when complete, every file given the fixed time and the modes the archives carry (0644 and
 * 0755). Copies, never links, the user's files.
 */
public final class DirectoryBagWriter implements BagWriter {

    private static final java.util.Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final java.util.Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");

    @Override
    public BagWriteResult write(BagRequest request, BagPlan plan) throws IOException, DatasetException {
        long started = System.nanoTime();
        Path target = request.target().toAbsolutePath();
        Path tmp;
        try {
            Files.createDirectories(target.getParent());
            Leftovers.remove(target);
            tmp = Files.createTempDirectory(target.getParent(), Leftovers.temporaryPrefix(target));
        } catch (IOException e) {
            throw AtomicFile.failure(target, e);
        }
        try {
            FileTime time = FileTime.from(request.timestamp());
            for (Map.Entry<String, BagPlan.Entry> e : plan.entries().entrySet()) {
                Path path = tmp.resolve(e.getKey());
                BagPlan.Entry content = e.getValue();
                if (content instanceof BagPlan.Entry.Bytes b) {
                    Files.write(path, b.content());
                } else if (content instanceof BagPlan.Entry.Spooled g) {
                    Files.copy(g.spooled().file(), path);
                } else if (content instanceof BagPlan.Entry.File f) {
                    try (OutputStream out = Files.newOutputStream(path)) {
                        CheckedCopy.copy(f.fixity(), out);
                    }
                } else {
                    Files.createDirectories(path);
                }
                permissions(path, content instanceof BagPlan.Entry.Folder ? FOLDER : FILE);
                Files.setLastModifiedTime(path, time);
            }
            permissions(tmp, FOLDER); // created owner-only, as temporary folders are
            Files.setLastModifiedTime(tmp, time);
            Leftovers.deleteTree(target);
            AtomicFile.moveIntoPlace(tmp, target);
            return new BagWriteResult(target, plan.payloadFiles(), plan.payloadBytes(), sizeOf(target),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw AtomicFile.failure(target, e);
        } finally {
            Leftovers.deleteTree(tmp);
        }
    }

    /** Fixed modes, as in the archives: a bag folder others may read, whatever the umask. */
    private static void permissions(Path path, java.util.Set<PosixFilePermission> mode) throws IOException {
        try {
            Files.setPosixFilePermissions(path, mode);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: it has its own defaults
        }
    }

    private static long sizeOf(Path dir) throws IOException {
        long[] total = {0};
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                total[0] += attrs.size();
                return FileVisitResult.CONTINUE;
            }
        });
        return total[0];
    }

}
