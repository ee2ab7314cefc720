package org.datasetkit.core.fixity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte array that text is appended to as UTF-8: what the manifest and cache writers build their files
 * in, without the two full copies (to a String, then to bytes) a StringBuilder costs on files of megabytes.
 */
final class Utf8Buffer {

    private byte[] bytes;
    private int length;

    Utf8Buffer(int capacity) {
        bytes = new byte[Math.max(64, capacity)];
    }

    Utf8Buffer append(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8); // for ASCII, a vectorised check and one copy
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
        return this;
    }

    Utf8Buffer append(char ascii) {
        ensure(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    /** Appends the number in decimal, as {@link Long#toString} spells it, without making that string. */
    Utf8Buffer append(long number) {
        if (number < 0) {
            if (number == Long.MIN_VALUE) {
                return append(Long.toString(number));
            }
            append('-');
            number = -number;
        }
        int digits = 1;
        for (long limit = 10; digits < 19 && number >= limit; limit *= 10) {
            digits++;
        }
        ensure(digits);
        for (int i = length + digits - 1; i >= length; i--, number /= 10) {
            bytes[i] = (byte) ('0' + number % 10);
        }
        length += digits;
        return this;
    }

    /** Appends the number as unsigned lower-case hex, as {@link Long#toHexString} spells it. */
    Utf8Buffer appendUnsignedHex(long number) {
        int digits = Math.max(1, (64 - Long.numberOfLeadingZeros(number) + 3) / 4);
        ensure(digits);
        for (int i = length + digits - 1; i >= length; i--, number >>>= 4) {
            int digit = (int) (number & 15);
            bytes[i] = (byte) (digit < 10 ? '0' + digit : 'a' + digit - 10);
        }
        length += digits;
        return this;
    }

    /** Appends {@code length} bytes from {@code from} as lower-case hex. */
    Utf8Buffer appendHex(byte[] data, int from, int length) {
        ensure(2 * length);
        DigestAlgorithm.hexInto(data, from, length, bytes, this.length);
        this.length += 2 * length;
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    int length() {
        return length;
    }

    /** Empties the buffer, keeping its capacity. */
    void clear() {
        length = 0;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
