package org.datasetkit.core.privacy;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.diag.Severity;

/**
 * Metadata in PNG and JPEG files that can carry identifiers: PNG text chunks (tEXt, zTXt, iTXt) and EXIF (eXIf);
 * JPEG EXIF and XMP (APP1), IPTC (APP13) and comments (COM). Only the metadata is read: PNG image chunks are skipped
 * by their length, a JPEG is read up to its first scan.
 */
final class ImageMetadata {

    private ImageMetadata() {}

    static List<Diagnostic> png(InputStream raw, String file, PrivacyPolicy policy, TextChecks text) throws IOException {
        List<Diagnostic> out = new ArrayList<>();
        DataInputStream in = new DataInputStream(raw);
        in.skipNBytes(8);
        try {
            while (true) {
                int length = in.readInt();
                byte[] type = in.readNBytes(4);
                String chunk = new String(type, StandardCharsets.ISO_8859_1);
                if (chunk.equals("IEND") || length < 0) {
                    break;
                }
                if (chunk.equals("tEXt") || chunk.equals("iTXt") || chunk.equals("zTXt") || chunk.equals("eXIf")) {
                    byte[] data = in.readNBytes(Math.min(length, 1 << 20));
                    in.skipNBytes(length - data.length);
                    String content = new String(data, StandardCharsets.ISO_8859_1);
                    String keyword = chunk.equals("eXIf") ? "EXIF" : content.substring(0, Math.max(0, content.indexOf('\0')));
                    content = keyword + " " + inflated(chunk, data, keyword.length());
                    out.addAll(text.check(file, "PNG " + chunk + " '" + keyword + "'", content, policy));
                    if (out.isEmpty() && policy.strict() && !policy.allowed(file, "png:" + keyword)) {
                        out.add(new Diagnostic(Severity.WARNING, "privacy.image-metadata", file, 0, 0, chunk,
                                "PNG " + chunk + " chunk '" + keyword + "' carries text metadata", "strip it (e.g. with a converter's strip option) unless it is reviewed"));
                    }
                } else {
                    in.skipNBytes(length);
                }
                in.skipNBytes(4); // CRC
            }
        } catch (EOFException e) {
            // a truncated PNG: the metadata seen so far is what there is
        }
        return out;
    }

    /** The text of a chunk: zTXt always, iTXt when flagged, is deflated after the keyword. */
    private static String inflated(String chunk, byte[] data, int keywordLength) {
        int at = keywordLength + 1;
        boolean compressed = chunk.equals("zTXt") || (chunk.equals("iTXt") && data.length > at && data[at] == 1);
        if (!compressed) {
            return new String(data, Math.min(at, data.length), Math.max(0, data.length - at), chunk.equals("iTXt")
                    ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        }
        int start = chunk.equals("zTXt") ? at + 1 : at + 2;
        if (chunk.equals("iTXt")) { // skip the language tag and translated keyword
            for (int nul = 0; nul < 2 && start < data.length; start++) {
                if (data[start] == 0) {
                    nul++;
                }
            }
        }
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        try {
            inflater.setInput(data, Math.min(start, data.length), Math.max(0, data.length - start));
            byte[] out = new byte[1 << 20];
            int n = inflater.inflate(out);
            return new String(out, 0, n, chunk.equals("iTXt") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        } catch (java.util.zip.DataFormatException e) {
            return "";
        } finally {
            inflater.end();
        }
    }

    static List<Diagnostic> jpeg(InputStream raw, String file, PrivacyPolicy policy, TextChecks text) throws IOException {
        List<Diagnostic> out = new ArrayList<>();
        DataInputStream in = new DataInputStream(raw);
        in.skipNBytes(2);
        try {
            while (true) {
                int marker = in.readUnsignedShort();
                if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
                    break; // start of scan: no metadata after this point
                }
                int length = in.readUnsignedShort() - 2;
                if (marker == 0xFFE1 || marker == 0xFFED || marker == 0xFFFE) {
                    byte[] data = in.readNBytes(length);
                    String content = new String(data, StandardCharsets.ISO_8859_1);
                    String what = marker == 0xFFFE ? "comment" : marker == 0xFFED ? "IPTC"
                            : content.startsWith("Exif") ? "EXIF" : "XMP";
                    List<Diagnostic> found = text.check(file, "JPEG " + what, content, policy);
                    out.addAll(found);
                    if (found.isEmpty() && policy.strict() && !policy.allowed(file, "jpeg:" + what)) {
                        out.add(new Diagnostic(Severity.WARNING, "privacy.image-metadata", file, 0, 0, what,
                                "JPEG " + what + " metadata is present", "strip it unless it is reviewed"));
                    }
                } else {
                    in.skipNBytes(length);
                }
            }
        } catch (EOFException e) {
            // truncated
        }
        return out;
    }
}
