package org.datasetkit.core.deposit;

import org.datasetkit.core.diag.InWords;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a deposit did.
 *
 * @param plan what it was to do
 * @param dryRun nothing was sent: only the plan was made
 * @param sent files sent and confirmed in this run
 * @param bytesSent their bytes
 * @param elapsed wall-clock time of the uploads
 * @param record the record, draft or dataset at the service
 * @param doi the record's DOI, when the service gave one
 * @param published the service published the record in this run
 * @param next what the user does next, or what the reviewer will see
 */
public record DepositResult(DepositPlan plan, boolean dryRun, int sent, long bytesSent, Duration elapsed,
        Optional<String> record, Optional<String> doi, boolean published, List<String> next) {

    public DepositResult {
        next = List.copyOf(next);
    }

    static DepositResult dryRun(DepositPlan plan) {
        return new DepositResult(plan, true, 0, 0, Duration.ZERO, Optional.empty(), Optional.empty(), false,
                List.of("dry run: nothing was sent"));
    }

    /** "Deposit to Zenodo/InvenioRDM https://…: 3 files verified (2 sent, 12.1 MB at 80 MB/s), record 123, published". */
    public String summary() {
        if (dryRun) {
            return "Deposit dry run: nothing was sent to " + plan.destination();
        }
        double seconds = Math.max(1e-9, elapsed.toNanos() / 1e9);
        return String.format(Locale.ROOT, "Deposit to %s: %,d files verified (%,d sent, %s in %s, %s/s)%s%s%s",
                plan.destination(), plan.files().size(), sent, InWords.size(bytesSent), InWords.seconds(elapsed),
                InWords.size((long) (bytesSent / seconds)), record.map(r -> ", record " + r).orElse(""),
                doi.map(d -> ", DOI " + d).orElse(""), published ? ", published" : ", not published");
    }
}
