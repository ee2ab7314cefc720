package org.datasetkit.core.bag;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.output.AtomicFile;

/**
 * Writes a bag as a reproducible tar.gz: the tag files, then the other entries sorted, one fixed time in whole seconds, owner 0:0 with no names,
 * fixed modes, PAX headers for long or non-ASCII names and for files over 8 GiB, and a gzip header with no name
 * or time. Each dataset file is read once, straight into the archive, hashed as it goes ({@link CheckedCopy}).
 */
public final class TarBagWriter implements BagWriter {

    @Override
    public BagWriteResult write(BagRequest request, BagPlan plan) throws IOException, DatasetException {
        long started = System.nanoTime();
        Path target = request.target().toAbsolutePath();
        GzipParameters gzip = new GzipParameters();
        gzip.setCompressionLevel(6);
        java.util.Date time = new java.util.Date(request.timestamp().getEpochSecond() * 1000);
        AtomicFile.writeFile(target, tmp -> {
            try (OutputStream file = new BufferedOutputStream(AtomicFile.openTemporary(tmp), 1 << 16);
                    GzipCompressorOutputStream gz = new GzipCompressorOutputStream(file, gzip);
                    TarArchiveOutputStream tar = new TarArchiveOutputStream(gz, StandardCharsets.UTF_8.name())) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                tar.setAddPaxHeadersForNonAsciiNames(true);
                for (Map.Entry<String, BagPlan.Entry> e : tagFilesFirst(plan)) {
                    tar.putArchiveEntry(entry(request.bagName() + "/" + e.getKey(), e.getValue(), time));
                    if (e.getValue() instanceof BagPlan.Entry.Bytes b) {
                        tar.write(b.content());
                    } else if (e.getValue() instanceof BagPlan.Entry.Spooled g) {
                        Files.copy(g.spooled().file(), tar);
                    } else if (e.getValue() instanceof BagPlan.Entry.File f) {
                        CheckedCopy.copy(f.fixity(), tar);
                    }
                    tar.closeArchiveEntry();
                }
                tar.finish();
            }
        });
        return new BagWriteResult(target, plan.payloadFiles(), plan.payloadBytes(), Files.size(target),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The plan's entries with the top-level tag files (bagit.txt, bag-info.txt, the manifests) first, then the rest in
     * their sorted order: a tar is read front to back, so a verifier knows the manifests' algorithms before the
     * payload streams past and reads the archive once.
     */
    private static List<Map.Entry<String, BagPlan.Entry>> tagFilesFirst(BagPlan plan) {
        List<Map.Entry<String, BagPlan.Entry>> ordered = new ArrayList<>();
        plan.entries().entrySet().stream().filter(e -> e.getKey().indexOf('/') < 0).forEach(ordered::add);
        plan.entries().entrySet().stream().filter(e -> e.getKey().indexOf('/') >= 0).forEach(ordered::add);
        return ordered;
    }

    /** A tar entry with fixed time, owner and mode, whatever the machine. */
    private static TarArchiveEntry entry(String name, BagPlan.Entry content, java.util.Date time) {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setModTime(time);
        entry.setUserId(0);
        entry.setGroupId(0);
        entry.setUserName("");
        entry.setGroupName("");
        if (content instanceof BagPlan.Entry.Bytes b) {
            entry.setMode(0100644);
            entry.setSize(b.content().length);
        } else if (content instanceof BagPlan.Entry.Spooled g) {
            entry.setMode(0100644);
            entry.setSize(g.spooled().size());
        } else if (content instanceof BagPlan.Entry.File f) {
            entry.setMode(0100644);
            entry.setSize(f.file().size());
        } else {
            entry.setMode(040755);
        }
        return entry;
    }
}
