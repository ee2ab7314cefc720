package org.datasetkit.core.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds small TIFF, EXIF, NIfTI, Office and PDF files for tests, well-formed unless a test breaks them. */
public final class MetadataFiles {

    private MetadataFiles() {}

    /** A little-endian TIFF with one IFD holding the given ASCII tags (tag number to text), then 4 pixel bytes. */
    public static byte[] tiff(Map<Integer, String> asciiTags) {
        int count = asciiTags.size() + 1;
        int ifdAt = 8;
        int valuesAt = ifdAt + 2 + count * 12 + 4;
        ByteArrayOutputStream values = new ByteArrayOutputStream();
        ByteBuffer ifd = ByteBuffer.allocate(2 + count * 12 + 4).order(ByteOrder.LITTLE_ENDIAN);
        ifd.putShort((short) count);
        ifd.putShort((short) 0x0100).putShort((short) 3).putInt(1).putInt(1); // ImageWidth 1
        for (Map.Entry<Integer, String> e : new java.util.TreeMap<>(asciiTags).entrySet()) {
            byte[] v = (e.getValue() + "\0").getBytes(StandardCharsets.ISO_8859_1);
            ifd.putShort((short) (int) e.getKey()).putShort((short) 2).putInt(v.length);
            if (v.length <= 4) {
                ifd.put(java.util.Arrays.copyOf(v, 4));
            } else {
                ifd.putInt(valuesAt + values.size());
                values.writeBytes(v);
                if (values.size() % 2 == 1) {
                    values.write(0);
                }
            }
        }
        ifd.putInt(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'I', 'I', 42, 0, (byte) ifdAt, 0, 0, 0});
        out.writeBytes(ifd.array());
        out.writeBytes(values.toByteArray());
        out.writeBytes(new byte[4]);
        return out.toByteArray();
    }

    /** The data of a JPEG APP1 EXIF segment: "Exif\0\0" and a TIFF structure with the given tags. */
    public static byte[] exif(Map<Integer, String> asciiTags) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(tiff(asciiTags));
        return out.toByteArray();
    }

    /** A single-file NIfTI-1 volume (n+1) with {@code descrip}, the given extensions (code to text) and 8 voxels. */
    public static byte[] nifti1(String descrip, Map<Integer, String> extensions) {
        ByteArrayOutputStream ext = new ByteArrayOutputStream();
        for (Map.Entry<Integer, String> e : extensions.entrySet()) {
            byte[] text = e.getValue().getBytes(StandardCharsets.UTF_8);
            int size = (text.length + 8 + 15) / 16 * 16;
            ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN).putInt(size).putInt(e.getKey()).put(text);
            ext.writeBytes(b.array());
        }
        int voxOffset = 352 + ext.size();
        ByteBuffer h = ByteBuffer.allocate(voxOffset + 8).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0, 348);
        h.putShort(40, (short) 3).putShort(42, (short) 2).putShort(44, (short) 2).putShort(46, (short) 2);
        h.putShort(70, (short) 2).putShort(72, (short) 8); // datatype uint8, bitpix 8
        h.putFloat(108, voxOffset);
        h.put(148, java.util.Arrays.copyOf(descrip.getBytes(StandardCharsets.ISO_8859_1), 80));
        h.put(344, new byte[] {'n', '+', '1', 0});
        h.put(348, new byte[] {(byte) (extensions.isEmpty() ? 0 : 1), 0, 0, 0});
        h.put(352, ext.toByteArray());
        return h.array();
    }

    /** A ZIP of the given parts (name to XML text). */
    public static byte[] zip(Map<String, String> parts) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, String> p : parts.entrySet()) {
                    zip.putNextEntry(new ZipEntry(p.getKey()));
                    zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A DOCX with the given core creator and paragraphs. */
    public static byte[] docx(String creator, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        parts.put("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
                + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>" + creator
                + "</dc:creator></cp:coreProperties>");
        parts.put("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
                + "main\"><w:body>" + body + "</w:body></w:document>");
        return zip(parts);
    }

    /** An XLSX with one sheet named {@code sheet}: rows of cells, strings shared, numbers as numbers. */
    public static byte[] xlsx(String sheet, List<List<Object>> rows) {
        List<String> shared = new java.util.ArrayList<>();
        StringBuilder data = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            data.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                if (v instanceof String s) {
                    data.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(shared.size()).append("</v></c>");
                    shared.add(s);
                } else {
                    data.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
                }
            }
            data.append("</row>");
        }
        StringBuilder sst = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        shared.forEach(s -> sst.append("<si><t>").append(s).append("</t></si>"));
        sst.append("</sst>");
        String ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships\"";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        parts.put("xl/workbook.xml", "<workbook " + ns + "><sheets><sheet name=\"" + sheet
                + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" Type=\"x\"/></Relationships>");
        parts.put("xl/sharedStrings.xml", sst.toString());
        parts.put("xl/worksheets/sheet1.xml", "<worksheet " + ns + "><sheetData>" + data + "</sheetData></worksheet>");
        return zip(parts);
    }

    /** A PDF with the given author in its info dictionary and one page per text. */
    public static byte[] pdf(String author, String... pages) {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setAuthor(author);
            for (String text : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    s.newLineAtOffset(72, 700);
                    s.showText(text);
                    s.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
