package org.datasetkit.core.diag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;

/** What a worker thread threw, rethrown on the thread that waited for it as the exception it was. */
public final class WorkerFailure {

    private WorkerFailure() {}

    /**
     * Throws the cause of {@code e} when it is a dataset problem or an I/O error (the user's to fix); anything else is
     * a bug, returned for the caller to throw.
     */
    public static IllegalStateException rethrow(ExecutionException e, String what) throws IOException, DatasetException {
        Throwable cause = e.getCause();
        if (cause instanceof DatasetException d) {
            throw d;
        }
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(what + " failed", cause);
    }
}
