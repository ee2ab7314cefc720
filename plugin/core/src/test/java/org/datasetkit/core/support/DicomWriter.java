package org.datasetkit.core.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Writes small DICOM Part 10 files for tests, in any of the transfer syntaxes the reader must handle. */
public final class DicomWriter {

    public static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    public static final String IMPLICIT_LE = "1.2.840.10008.1.2";
    public static final String EXPLICIT_BE = "1.2.840.10008.1.2.2";
    public static final String DEFLATED = "1.2.840.10008.1.2.1.99";

    private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV");

    private final String syntax;
    private byte[] preamble = new byte[128];
    private final List<byte[]> body = new ArrayList<>();
    private boolean withTransferSyntax = true;

    private DicomWriter(String syntax) {
        this.syntax = syntax;
    }

    public static DicomWriter of(String syntax) {
        return new DicomWriter(syntax);
    }

    public DicomWriter preamble(byte[] first) {
        System.arraycopy(first, 0, preamble, 0, first.length);
        return this;
    }

    public DicomWriter withoutTransferSyntax() {
        withTransferSyntax = false;
        return this;
    }

    public DicomWriter add(int tag, String vr, String value) {
        byte[] v = value.getBytes(StandardCharsets.ISO_8859_1);
        if (v.length % 2 == 1) {
            v = java.util.Arrays.copyOf(v, v.length + 1);
            v[v.length - 1] = (byte) (vr.equals("UI") ? 0 : ' ');
        }
        body.add(element(tag, vr, v));
        return this;
    }

    /** A sequence of items, each built by a nested writer of the same syntax; undefined lengths when asked. */
    public DicomWriter sequence(int tag, boolean undefinedLength, List<Consumer<DicomWriter>> items) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (Consumer<DicomWriter> item : items) {
            DicomWriter nested = new DicomWriter(syntax);
            item.accept(nested);
            byte[] itemBody = nested.bodyBytes();
            content.writeBytes(tag(0xFFFEE000));
            content.writeBytes(u32(undefinedLength ? 0xFFFFFFFFL : itemBody.length));
            content.writeBytes(itemBody);
            if (undefinedLength) {
                content.writeBytes(tag(0xFFFEE00D));
                content.writeBytes(u32(0));
            }
        }
        if (undefinedLength) {
            content.writeBytes(tag(0xFFFEE0DD));
            content.writeBytes(u32(0));
        }
        body.add(header(tag, "SQ", undefinedLength ? 0xFFFFFFFFL : content.size(), content.toByteArray()));
        return this;
    }

    /** An element with a binary value as given (US values, pixel bytes), in little endian. */
    public DicomWriter binary(int tag, String vr, byte[] value) {
        body.add(element(tag, vr, value));
        return this;
    }

    /** Pixel data, which the reader must not go past. */
    public DicomWriter pixels(int bytes) {
        body.add(element(0x7FE00010, "OW", new byte[bytes]));
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(preamble);
        out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        DicomWriter meta = new DicomWriter(EXPLICIT_LE);
        meta.add(0x00020001, "OB", "\0\1");
        meta.add(0x00020002, "UI", "1.2.840.10008.5.1.4.1.1.1.2");
        meta.add(0x00020003, "UI", "1.2.3.4.5.6");
        if (withTransferSyntax) {
            meta.add(0x00020010, "UI", syntax);
        }
        out.writeBytes(meta.bodyBytes());
        byte[] data = bodyBytes();
        if (syntax.equals(DEFLATED)) {
            ByteArrayOutputStream deflated = new ByteArrayOutputStream();
            try (DeflaterOutputStream d = new DeflaterOutputStream(deflated, new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
                d.write(data);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            data = deflated.toByteArray();
        }
        out.writeBytes(data);
        return out.toByteArray();
    }

    private byte[] bodyBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        body.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private byte[] element(int tag, String vr, byte[] value) {
        return header(tag, vr, value.length, value);
    }

    private byte[] header(int tag, String vr, long length, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(tag(tag));
        boolean explicit = !syntax.equals(IMPLICIT_LE) || (tag >>> 16) == 0x0002;
        if (explicit) {
            out.writeBytes(vr.getBytes(StandardCharsets.US_ASCII));
            if (LONG_VRS.contains(vr)) {
                out.write(0);
                out.write(0);
                out.writeBytes(u32(length));
            } else {
                out.writeBytes(u16((int) length));
            }
        } else {
            out.writeBytes(u32(length));
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    private boolean big() {
        return syntax.equals(EXPLICIT_BE);
    }

    private byte[] tag(int tag) {
        byte[] g = u16(tag >>> 16);
        byte[] e = u16(tag & 0xffff);
        return new byte[] {g[0], g[1], e[0], e[1]};
    }

    private byte[] u16(int v) {
        return big() ? new byte[] {(byte) (v >> 8), (byte) v} : new byte[] {(byte) v, (byte) (v >> 8)};
    }

    private byte[] u32(long v) {
        return big() ? new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v}
                : new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }
}
