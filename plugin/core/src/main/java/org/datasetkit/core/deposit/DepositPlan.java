package org.datasetkit.core.deposit;

import org.datasetkit.core.diag.InWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a deposit will do: the destination, every file with its size, which of them the service already holds
 * confirmed (they are not sent again), and what happens after the upload.
 *
 * @param destination the service and record in words
 * @param files every file of the deposit
 * @param toSend the files that will be sent
 * @param after what happens once every file is verified: "publish", "DORIS reviews, then publishes"
 */
public record DepositPlan(String destination, List<DepositFile> files, List<DepositFile> toSend, List<String> after) {

    public DepositPlan {
        files = List.copyOf(files);
        toSend = List.copyOf(toSend);
        after = List.copyOf(after);
    }

    public long bytes() {
        return files.stream().mapToLong(DepositFile::size).sum();
    }

    public long bytesToSend() {
        return toSend.stream().mapToLong(DepositFile::size).sum();
    }

    /** The plan as lines for the user; every file is listed only up to {@code listed} files. */
    public List<String> lines(int listed) {
        List<String> lines = new ArrayList<>();
        lines.add("Deposit to " + destination);
        lines.add(String.format(Locale.ROOT, "  %,d files, %s; to send: %,d files, %s (%,d already confirmed by the"
                + " service)", files.size(), InWords.size(bytes()), toSend.size(), InWords.size(bytesToSend()),
                files.size() - toSend.size()));
        toSend.stream().limit(listed).forEach(f -> lines.add(String.format(Locale.ROOT, "  send %s (%s, %s)", f.name(),
                InWords.size(f.size()), f.checksum())));
        if (listed > 0 && toSend.size() > listed) {
            lines.add(String.format(Locale.ROOT, "  ... and %,d more", toSend.size() - listed));
        }
        after.forEach(a -> lines.add("  then: " + a));
        return lines;
    }
}
