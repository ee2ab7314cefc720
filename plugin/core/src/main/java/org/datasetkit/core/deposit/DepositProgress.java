package org.datasetkit.core.deposit;

import org.datasetkit.core.diag.InWords;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;


/**
 * Progress of the uploads of one deposit, in lines at most every {@code every}: files, bytes, rate, time left. Bytes
 * are counted as the HTTP client reads them, so a long single file shows progress too.
 */
final class DepositProgress {

    private final AtomicLong files;
    private final AtomicLong bytes;
    private final long everyNanos;
    private final Consumer<String> out;
    private final long start = System.nanoTime();
    private final AtomicLong sentBytes = new AtomicLong();
    private final AtomicLong doneFiles = new AtomicLong();
    private final AtomicLong lastLine = new AtomicLong(System.nanoTime());

    DepositProgress(long files, long bytes, Duration every, Consumer<String> out) {
        this.files = new AtomicLong(files);
        this.bytes = new AtomicLong(bytes);
        this.everyNanos = every.toNanos();
        this.out = out;
    }

    /** The request body of a file: exactly its size, its bytes counted as they leave. */
    HttpRequest.BodyPublisher body(DepositFile file) {
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return new Counting(file.bytes().open());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), file.size());
    }

    /** A file sent and confirmed. */
    void fileDone() {
        doneFiles.incrementAndGet();
        maybePrint();
    }

    /** A file the service already holds: not to be sent, so out of the totals. */
    void skipped(DepositFile file) {
        files.decrementAndGet();
        bytes.addAndGet(-file.size());
    }

    /** Bytes counted for an attempt that failed, taken back. */
    void takeBack(long n) {
        sentBytes.addAndGet(-n);
    }

    long sentBytes() {
        return sentBytes.get();
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** "Uploaded 40,000 of 100,000 files, 1.2 GB of 3.0 GB, 110 MB/s, about 16 s left". */
    String line() {
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        long sent = sentBytes.get();
        double rate = sent / seconds;
        String left = rate <= 0 ? "" : ", about " + InWords.seconds(Duration.ofMillis(
                (long) (1000 * Math.max(0, bytes.get() - sent) / rate))) + " left";
        return String.format(Locale.ROOT, "Uploaded %,d of %,d files, %s of %s, %s/s%s", doneFiles.get(), files.get(),
                InWords.size(sent), InWords.size(bytes.get()), InWords.size((long) rate), left);
    }

    private void maybePrint() {
        long now = System.nanoTime();
        long last = lastLine.get();
        if (now - last >= everyNanos && lastLine.compareAndSet(last, now)) {
            out.accept(line());
        }
    }

    private final class Counting extends FilterInputStream {
        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                sentBytes.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                sentBytes.addAndGet(n);
                maybePrint();
            }
            return n;
        }
    }
}
