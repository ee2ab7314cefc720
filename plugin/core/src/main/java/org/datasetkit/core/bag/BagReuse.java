package org.datasetkit.core.bag;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.fixity.ChangeTime;
import org.datasetkit.core.output.AtomicFile;
import org.datasetkit.core.output.FileStamp;

/**
 * Keeps a bag archive that already is what the build would write. A small record beside the build's other state
 * holds the fingerprint of the bag last written to a path and that file's size, modification and change times and
 * identity; when
 * the fingerprint is the same and the file has not been touched since, writing it again would give the same bytes,
 * so it is left as it is. The archive is written under a new name and moved into place, so every rewrite changes its
 * identity; the bundle is verified after packaging in any case.
 */
public final class BagReuse {

    private static final String HEADER = "datasetkit-bundle-stamp 2";

    private final Path record;

    /** @param record the file that remembers the last archive written, e.g. {@code target/dataset/my-dataset-1.0.0.zip.stamp} */
    public BagReuse(Path record) {
        this.record = record;
    }

    /** The archive at {@code target} if it is the one last written with this fingerprint and untouched since. */
    public Optional<BagWriteResult> keep(Path target, String fingerprint, BagPlan plan) throws IOException {
        Map<String, String> recorded = read();
        Optional<String> now = FileStamp.of(target).map(s -> text(target, s));
        if (now.isEmpty() || !fingerprint.equals(recorded.get("fingerprint"))
                || !target.toString().equals(recorded.get("archive")) || !now.get().equals(recorded.get("stamp"))) {
            return Optional.empty();
        }
        return Optional.of(new BagWriteResult(target, plan.payloadFiles(), plan.payloadBytes(), Files.size(target),
                Duration.ZERO, true));
    }

    /**
     * Whether the archive at {@code target} is still the one last kept or written there, untouched since (same size,
     * times and identity): then it holds the bytes that were checked as they were written.
     */
    public boolean untouched(Path target) throws IOException {
        Map<String, String> recorded = read();
        Optional<String> now = FileStamp.of(target).map(s -> text(target, s));
        return now.isPresent() && target.toString().equals(recorded.get("archive")) && now.get().equals(recorded.get("stamp"));
    }

    /** Remembers the archive just written at {@code target} with this fingerprint. */
    public void remember(Path target, String fingerprint) throws IOException {
        String stamp = FileStamp.of(target).map(s -> text(target, s)).orElseThrow(() -> new NoSuchFileException(target.toString()));
        AtomicFile.write(record, (HEADER + "\nfingerprint " + fingerprint + "\narchive " + target + "\nstamp " + stamp + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, String> read() throws IOException {
        Map<String, String> values = new HashMap<>();
        try {
            String[] lines = Files.readString(record, StandardCharsets.UTF_8).split("\n");
            if (lines.length == 0 || !lines[0].equals(HEADER)) {
                return values;
            }
            for (int i = 1; i < lines.length; i++) {
                int space = lines[i].indexOf(' ');
                if (space > 0) {
                    values.put(lines[i].substring(0, space), lines[i].substring(space + 1));
                }
            }
        } catch (NoSuchFileException e) {
            // nothing written yet
        } catch (MalformedInputException e) {
            values.clear(); // not ours: write the archive again
        }
        return values;
    }

    /** Size, times and identity; the change time catches an edit in place that kept the size and put the time back. */
    private static String text(Path target, FileStamp stamp) {
        long changeTime;
        try {
            changeTime = ChangeTime.of(target);
        } catch (IOException e) {
            changeTime = ChangeTime.UNKNOWN - 1; // matches no record: the archive is written again
        }
        return stamp.size() + " " + stamp.lastModified() + " " + stamp.identity() + " " + changeTime;
    }
}
