package org.datasetkit.core.bag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * ZIP64 where sizes or offsets pass 4 GiB, {@link ZipOutput} against commons-compress's {@code ZipArchiveOutputStream}
 * set up as the bag writer set it up, entry by entry the same calls. The data are zeros written to a channel that
 * keeps only the archive's first and last megabytes (the headers around the large entries), so no disk is used, but
 * each run still pushes gigabytes through memory: on demand,
 * {@code mvn -pl plugin/core test -Dtest=ZipOutputZip64Test -Ddataset.largeTests=true}.
 */
@EnabledIfSystemProperty(named = "dataset.largeTests", matches = "true")
class ZipOutputZip64Test {

    private static final long FOUR_GIB = 1L << 32;
    private static final long TIME = 1_777_593_600_000L;

    @TempDir
    Path scratch;

    /** One entry per step: what each writer does with it. */
    private record Step(String name, ZipOutput.Kind kind, long size, long compressedSize, boolean raw) {}

    @Test
    void aStoredEntryOverFourGibibytesGivesZip64LocalHeadersAndVersionFourFiveEverywhere() throws Exception {
        same(List.of(new Step("b/", ZipOutput.Kind.FOLDER, 0, 0, false),
                new Step("b/a.txt", ZipOutput.Kind.STORED, 10, 10, false),
                new Step("b/big.bin", ZipOutput.Kind.STORED, FOUR_GIB + 1_000, FOUR_GIB + 1_000, false),
                new Step("b/c.txt", ZipOutput.Kind.DEFLATED, 3_000, 0, false),
                new Step("b/d.txt", ZipOutput.Kind.DEFLATED, 100, 7, true),
                new Step("b/e/", ZipOutput.Kind.FOLDER, 0, 0, false)));
    }

    @Test
    void entriesPastFourGibibytesGetZip64OffsetsFromThereOn() throws Exception {
        same(List.of(new Step("b/", ZipOutput.Kind.FOLDER, 0, 0, false),
                new Step("b/a.txt", ZipOutput.Kind.DEFLATED, 500, 0, false),
                new Step("b/big.raw", ZipOutput.Kind.DEFLATED, FOUR_GIB + 5, FOUR_GIB - 100, true),
                new Step("b/c.txt", ZipOutput.Kind.STORED, 20, 20, false),
                new Step("b/d.raw", ZipOutput.Kind.DEFLATED, 10, 9, true),
                new Step("b/e/", ZipOutput.Kind.FOLDER, 0, 0, false)));
    }

    /** No entry needs ZIP64 sizes: the records switch to version 4.5 at the first offset past 4 GiB, not before. */
    @Test
    void onlyOffsetsPastFourGibibytesSwitchTheVersionMidDirectory() throws Exception {
        same(List.of(new Step("b/", ZipOutput.Kind.FOLDER, 0, 0, false),
                new Step("b/a.txt", ZipOutput.Kind.STORED, 30, 30, false),
                new Step("b/big.raw", ZipOutput.Kind.DEFLATED, FOUR_GIB - 10, FOUR_GIB - 100, true),
                new Step("b/c.txt", ZipOutput.Kind.DEFLATED, 20, 0, false),
                new Step("b/d/", ZipOutput.Kind.FOLDER, 0, 0, false)));
    }

    private void same(List<Step> steps) throws Exception {
        TailChannel before = new TailChannel();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(before)) {
            zip.setEncoding("UTF-8");
            zip.setUseLanguageEncodingFlag(true);
            zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            zip.setUseZip64(Zip64Mode.AsNeeded);
            zip.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
            for (Step s : steps) {
                ZipArchiveEntry e = new ZipArchiveEntry(s.name());
                e.setUnixMode(s.kind() == ZipOutput.Kind.FOLDER ? 040755 : 0100644);
                e.setTime(TIME);
                e.setMethod(s.kind().method() == 8 ? ZipEntry.DEFLATED : ZipEntry.STORED);
                e.setSize(s.size());
                if (s.raw()) {
                    e.setCrc(0x1234_5678L);
                    e.setCompressedSize(s.compressedSize());
                    zip.addRawArchiveEntry(e, new Zeros(s.compressedSize()));
                    continue;
                }
                zip.putArchiveEntry(e);
                writeZeros(zip, s.size());
                zip.closeArchiveEntry();
            }
            zip.finish();
        }
        TailChannel after = new TailChannel();
        try (ZipOutput zip = new ZipOutput(after, scratch.resolve("directory"), TIME)) {
            for (Step s : steps) {
                if (s.raw()) {
                    zip.raw(s.kind(), s.name(), s.size(), s.compressedSize(), 0x1234_5678L, new Zeros(s.compressedSize()));
                } else if (s.kind() == ZipOutput.Kind.FOLDER) {
                    zip.folder(s.name());
                } else if (s.kind() == ZipOutput.Kind.STORED) {
                    zip.stored(s.name(), s.size(), out -> writeZeros(out, s.size()));
                } else {
                    zip.deflated(s.name(), s.size(), out -> writeZeros(out, s.size()));
                }
            }
            zip.finish();
        }
        assertThat(after.size()).isEqualTo(before.size()).isGreaterThan(FOUR_GIB);
        assertThat(Arrays.mismatch(after.head, before.head)).as("first difference in the first MiB").isEqualTo(-1);
        assertThat(Arrays.mismatch(after.tail(), before.tail())).as("first difference after 4 GiB").isEqualTo(-1);
        assertThat(after.tail().length).isGreaterThan(100);
    }

    private static void writeZeros(OutputStream out, long count) throws IOException {
        byte[] zeros = new byte[1 << 16];
        for (long left = count; left > 0; left -= zeros.length) {
            out.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
    }

    /** {@code count} zero bytes. */
    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long count) {
            this.left = count;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }

    /** A channel that keeps what is written to its first MiB and from 4 GiB on, and only counts the rest. */
    private static final class TailChannel implements SeekableByteChannel {
        final byte[] head = new byte[1 << 20];
        private final byte[] tail = new byte[1 << 24];
        private long position;
        private long size;

        byte[] tail() {
            return Arrays.copyOf(tail, (int) Math.max(0, size - FOUR_GIB));
        }

        @Override
        public int write(ByteBuffer src) {
            int n = src.remaining();
            for (int i = 0; i < n; i++) {
                long p = position + i;
                if (p < head.length) {
                    head[(int) p] = src.get(src.position() + i);
                } else if (p >= FOUR_GIB) {
                    tail[(int) (p - FOUR_GIB)] = src.get(src.position() + i);
                } else {
                    i = (int) Math.min(n, FOUR_GIB - position) - 1; // skip to the tail or the end
                }
            }
            src.position(src.position() + n);
            position += n;
            size = Math.max(size, position);
            return n;
        }

        @Override
        public int read(ByteBuffer dst) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = newPosition;
            return this;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public SeekableByteChannel truncate(long newSize) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {}
    }
}
