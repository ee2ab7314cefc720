package org.datasetkit.core.bag;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Map;
import org.datasetkit.core.dataset.ChangeDetector;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.output.AtomicFile;

/**
 * Writes a bag as a plain folder (for repositories that take a folder, or to inspect it): built beside the target
 * and renamed into place when complete, every file given the fixed time. Copies, never links, the user's files.
 */
public final class DirectoryBagWriter implements BagWriter {

    @Override
    public BagWriteResult write(BagRequest request, BagPlan plan) throws IOException, DatasetException {
        long started = System.nanoTime();
        Path target = request.target().toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName());
        try {
            FileTime time = FileTime.from(request.timestamp());
            for (Map.Entry<String, BagPlan.Entry> e : plan.entries().entrySet()) {
                Path path = tmp.resolve(e.getKey());
                BagPlan.Entry content = e.getValue();
                if (content instanceof BagPlan.Entry.Bytes b) {
                    Files.write(path, b.content());
                } else if (content instanceof BagPlan.Entry.File f) {
                    try (OutputStream out = Files.newOutputStream(path)) {
                        ChangeDetector.copy(f.file(), out, "bundled");
                    }
                } else {
                    Files.createDirectories(path);
                }
                Files.setLastModifiedTime(path, time);
            }
            deleteTree(target);
            AtomicFile.moveIntoPlace(tmp, target);
            return new BagWriteResult(target, plan.payloadFiles(), plan.payloadBytes(), sizeOf(target),
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            deleteTree(tmp);
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

    /** Removes an earlier bag folder under target/ (never anything else: the target is the bag's own path). */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
