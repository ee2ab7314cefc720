package org.datasetkit.core.deposit;

import java.io.IOException;
import java.util.function.Consumer;
import org.datasetkit.core.diag.DatasetException;

/**
 * Delivers a verified bag to its deposit target, or only plans it in a dry run. Every line it says goes through the
 * credential's redaction first.
 */
public final class Depositor {

    private final Consumer<String> out;

    /** @param out where plan, progress and summary lines go */
    public Depositor(Consumer<String> out) {
        this.out = out;
    }

    public DepositResult run(DepositRequest request) throws IOException, DatasetException {
        Consumer<String> said = line -> out.accept(request.credential().map(c -> c.redact(line)).orElse(line));
        ServiceConnection connection = new ServiceConnection(request.retry(), request.credential(), said);
        return switch (request.target()) {
            case DORIS -> new DorisDeposit(request, connection, said).run();
            case ZENODO -> new ZenodoDeposit(request, connection, said).run();
            case DATAVERSE -> new DataverseDeposit(request, connection, said).run();
        };
    }
}
