package org.datasetkit.core.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Builds small PNG and JPEG files for tests, well-formed unless a test breaks them on purpose. */
public final class ImageFiles {

    private ImageFiles() {}

    /** A PNG: signature, IHDR, IDAT, the given text chunk and IEND, each with its CRC. */
    public static byte[] png(String type, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        pngChunk(out, "IHDR", new byte[13]);
        pngChunk(out, "IDAT", new byte[64]);
        pngChunk(out, type, text.getBytes(StandardCharsets.ISO_8859_1));
        pngChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    public static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A JPEG: SOI, the given segments (marker byte, then data; the length is computed), a scan, EOI. */
    public static byte[] jpeg(Object... markerThenData) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        for (int i = 0; i < markerThenData.length; i += 2) {
            byte[] data = markerThenData[i + 1] instanceof String s ? s.getBytes(StandardCharsets.ISO_8859_1)
                    : (byte[]) markerThenData[i + 1];
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) (int) (Integer) markerThenData[i],
                    (byte) ((data.length + 2) >> 8), (byte) (data.length + 2)});
            out.writeBytes(data);
        }
        // A scan whose entropy-coded data holds a stuffed FF 00 and a restart marker, as real scans do.
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 2, 1, (byte) 0xFF, 0, 2, (byte) 0xFF, (byte) 0xD0, 3});
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }
}
