package org.datasetkit.core.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds small DICOM Part 10 files for tests. */
public final class DicomFiles {

    private DicomFiles() {}

    /** A DICOM Part 10 file: preamble, DICM, a meta header with the transfer syntax, then (unread) data. */
    public static byte[] dicom(String transferSyntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[128]);
        out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        element(out, 0x0001, "OB", new byte[] {0, 1});
        element(out, 0x0002, "UI", uid("1.2.840.10008.5.1.4.1.1.1.2"));
        element(out, 0x0010, "UI", uid(transferSyntax));
        out.writeBytes(new byte[64]);
        return out.toByteArray();
    }

    private static byte[] uid(String uid) {
        byte[] b = uid.getBytes(StandardCharsets.US_ASCII);
        return b.length % 2 == 0 ? b : java.util.Arrays.copyOf(b, b.length + 1); // padded with NUL to even length
    }

    private static void element(ByteArrayOutputStream out, int element, String vr, byte[] value) {
        out.write(0x02);
        out.write(0x00);
        out.write(element & 0xff);
        out.write(element >> 8);
        out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
        if (vr.equals("OB")) {
            out.write(0);
            out.write(0);
            out.writeBytes(new byte[] {(byte) value.length, 0, 0, 0});
        } else {
            out.write(value.length & 0xff);
            out.write(value.length >> 8);
        }
        out.writeBytes(value);
    }

}
