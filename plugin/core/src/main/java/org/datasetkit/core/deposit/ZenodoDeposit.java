package org.datasetkit.core.deposit;

import java.io.IOException;
import java.util.function.Consumer;
import org.datasetkit.core.diag.DatasetException;

final class ZenodoDeposit {
    ZenodoDeposit(DepositRequest request, ServiceConnection connection, Consumer<String> out) {}

    DepositResult run() throws IOException, DatasetException {
        throw new UnsupportedOperationException();
    }
}
