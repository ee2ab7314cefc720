package org.datasetkit.core.copies;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.datasetkit.core.privacy.DicomElement;
import org.datasetkit.core.privacy.DicomFormatException;
import org.datasetkit.core.privacy.DicomHeader;
import org.datasetkit.core.privacy.DicomReader;

/**
 * What copy detection needs of a DICOM file: the header (through the privacy gate's {@link DicomReader}, which stops
 * right after the pixel data's tag) and the first frame's grey values, for native pixel data in little endian and
 * for JPEG baseline, which ImageIO decodes. Other encodings (JPEG 2000, JPEG-LS, RLE, big endian, deflated) give
 * the header only.
 */
final class DicomImage {

    static final int SOP_INSTANCE_UID = 0x00080018;
    static final int STUDY_INSTANCE_UID = 0x0020000D;
    static final int SERIES_INSTANCE_UID = 0x0020000E;
    private static final String IMPLICIT_LE = "1.2.840.10008.1.2";
    private static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    private static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
    private static final long UNDEFINED = 0xFFFFFFFFL;

    record Read(DicomHeader header, Optional<GreyImage> image) {}

    /** Reads the header and, where it can, the first frame; {@code in} positioned at the file's first byte. */
    static Read read(InputStream in) throws IOException, DicomFormatException {
        DicomHeader header = new DicomReader().read(in);
        String syntax = header.transferSyntax();
        if (!syntax.equals(IMPLICIT_LE) && !syntax.equals(EXPLICIT_LE) && !syntax.equals(JPEG_BASELINE)) {
            return new Read(header, Optional.empty());
        }
        try {
            return new Read(header, pixels(header, new DataInputStream(in), !syntax.equals(IMPLICIT_LE)));
        } catch (EOFException e) {
            throw new DicomFormatException("the file ends inside the pixel data");
        }
    }

    private static Optional<GreyImage> pixels(DicomHeader h, DataInputStream in, boolean explicit) throws IOException {
        int rows = unsigned(h, 0x00280010);
        int columns = unsigned(h, 0x00280011);
        int bits = unsigned(h, 0x00280100);
        int samples = Math.max(1, unsigned(h, 0x00280002));
        if (rows <= 0 || columns <= 0) {
            return Optional.empty();
        }
        long length;
        byte[] head = in.readNBytes(4);
        if (head.length < 4) {
            return Optional.empty(); // no pixel data element: a header-only object
        }
        if (explicit) {
            length = u32(in); // the four bytes read were the VR (OB or OW) and two reserved
        } else {
            length = (head[0] & 0xffL) | (head[1] & 0xffL) << 8 | (head[2] & 0xffL) << 16 | (head[3] & 0xffL) << 24;
        }
        Optional<GreyImage> image = length == UNDEFINED ? encapsulated(in)
                : nativeFrame(in, rows, columns, bits, samples, unsigned(h, 0x00280103) == 1);
        boolean monochrome1 = h.get(0x00280004).map(DicomElement::text).orElse("").equals("MONOCHROME1");
        return monochrome1 ? image.map(GreyImage::inverted) : image;
    }

    private static Optional<GreyImage> nativeFrame(DataInputStream in, int rows, int columns, int bits, int samples,
            boolean signed) throws IOException {
        if ((bits != 8 && bits != 16) || (samples != 1 && samples != 3)) {
            return Optional.empty();
        }
        int bytes = bits / 8;
        byte[] frame = in.readNBytes(Math.multiplyExact(Math.multiplyExact(rows, columns), samples * bytes));
        if (frame.length < rows * columns * samples * bytes) {
            throw new EOFException("pixel data");
        }
        float[] grey = new float[rows * columns];
        for (int i = 0; i < grey.length; i++) {
            float sum = 0;
            for (int s = 0; s < samples; s++) {
                int at = (i * samples + s) * bytes;
                int v = bytes == 1 ? frame[at] & 0xff : (frame[at] & 0xff) | (frame[at + 1] & 0xff) << 8;
                if (signed) {
                    v = bytes == 1 ? (byte) v : (short) v;
                }
                sum += samples == 1 ? v : v * (s == 0 ? 0.299f : s == 1 ? 0.587f : 0.114f);
            }
            grey[i] = sum;
        }
        // stored unsigned grey keeps its depth, so it hashes as the same pixels in a PNG would
        return Optional.of(new GreyImage(columns, rows, grey, samples == 1 && !signed ? bits : 0));
    }

    /** The first frame of encapsulated JPEG baseline: its fragments after the offset table, joined. */
    private static Optional<GreyImage> encapsulated(DataInputStream in) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        boolean table = true;
        while (true) {
            byte[] tag = in.readNBytes(4);
            if (tag.length < 4 || (tag[2] & 0xff) == 0xDD) {
                break; // sequence delimiter (FFFE,E0DD) or the end
            }
            long length = u32(in);
            byte[] fragment = in.readNBytes((int) Math.min(length, Integer.MAX_VALUE));
            if (!table) {
                frame.writeBytes(fragment);
                if (endsImage(fragment)) {
                    break; // the first frame is complete: the hash needs no other
                }
            }
            table = false;
        }
        // in memory: ImageIO would otherwise buffer the stream in a temporary file
        var decoded = ImageIO.read(new javax.imageio.stream.MemoryCacheImageInputStream(
                new ByteArrayInputStream(frame.toByteArray())));
        return decoded == null ? Optional.empty() : Optional.of(GreyImage.of(decoded));
    }

    private static boolean endsImage(byte[] fragment) {
        int n = fragment.length;
        // a fragment may carry one byte of padding after the end-of-image marker
        return n >= 2 && ((fragment[n - 2] & 0xff) == 0xFF && (fragment[n - 1] & 0xff) == 0xD9
                || n >= 3 && (fragment[n - 3] & 0xff) == 0xFF && (fragment[n - 2] & 0xff) == 0xD9);
    }

    private static long u32(DataInputStream in) throws IOException {
        byte[] b = new byte[4];
        in.readFully(b);
        return (b[0] & 0xffL) | (b[1] & 0xffL) << 8 | (b[2] & 0xffL) << 16 | (b[3] & 0xffL) << 24;
    }

    /** A US value (little endian), or -1 when missing. */
    private static int unsigned(DicomHeader h, int tag) {
        return h.get(tag).filter(e -> e.value().length >= 2)
                .map(e -> (e.value()[0] & 0xff) | (e.value()[1] & 0xff) << 8).orElse(-1);
    }

    /** A UID's text without padding, or empty. */
    static Optional<String> uid(DicomHeader h, int tag) {
        return h.get(tag).map(e -> new String(e.value(), StandardCharsets.US_ASCII).replace("\0", "").trim())
                .filter(s -> !s.isEmpty());
    }
}
