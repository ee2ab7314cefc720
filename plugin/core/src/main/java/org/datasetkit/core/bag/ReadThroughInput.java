package org.datasetkit.core.bag;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A filter that counts or checks what it reads: skipping reads too (FilterInputStream's would skip the underlying
 * stream unseen), so a skipped byte is counted like a read one.
 */
abstract class ReadThroughInput extends FilterInputStream {

    ReadThroughInput(InputStream in) {
        super(in);
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }
}
