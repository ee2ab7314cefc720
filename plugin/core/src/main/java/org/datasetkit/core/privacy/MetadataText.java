package org.datasetkit.core.privacy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The key/value pairs inside the metadata blocks images embed: XMP packets (XML, read without DTDs or entities) and
 * IPTC-IIM records (Photoshop's 8BIM resource 0x0404, or a TIFF tag). A block that cannot be parsed is a
 * {@link FileDefect}: text it might hold cannot be ruled out.
 */
final class MetadataText {

    /** One value and the key it stands under ({@code creator} for the items of {@code dc:creator}). */
    record Entry(String key, String value) {}

    /** At most this many entries are kept from one block; identifiers are short, and memory stays bounded. */
    private static final int MAX_ENTRIES = 10_000;

    private static final XMLInputFactory XML = safeFactory();

    static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /** Every element text and attribute value of an XMP packet, under the name of the property that holds it. */
    static List<Entry> xmp(byte[] packet, int offset, int length) throws FileDefect {
        List<Entry> out = new ArrayList<>();
        Deque<String> properties = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(packet, offset, length));
            while (r.hasNext() && out.size() < MAX_ENTRIES) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    boolean container = "http://www.w3.org/1999/02/22-rdf-syntax-ns#".equals(r.getNamespaceURI());
                    properties.push(container && !properties.isEmpty() ? properties.peek() : name);
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        if (!"http://www.w3.org/1999/02/22-rdf-syntax-ns#".equals(r.getAttributeNamespace(i))) {
                            out.add(new Entry(r.getAttributeLocalName(i), r.getAttributeValue(i)));
                        }
                    }
                    text.setLength(0);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (text.length() < 1 << 16) {
                        text.append(r.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String key = properties.isEmpty() ? r.getLocalName() : properties.pop();
                    if (!text.toString().isBlank()) {
                        out.add(new Entry(key, text.toString().strip()));
                    }
                    text.setLength(0);
                }
            }
            r.close();
        } catch (XMLStreamException | RuntimeException e) {
            throw new FileDefect("its XMP metadata is not well-formed XML (" + firstLine(e.getMessage()) + ")");
        }
        return out;
    }

    /** The IPTC-IIM datasets of record 2 (application), under their names; others by number. */
    static List<Entry> iptc(byte[] data, int offset, int length) throws FileDefect {
        List<Entry> out = new ArrayList<>();
        int i = offset;
        int end = offset + length;
        while (i + 5 <= end && out.size() < MAX_ENTRIES) {
            if (data[i] != 0x1C) {
                i++; // padding between datasets
                continue;
            }
            int record = data[i + 1] & 0xff;
            int dataset = data[i + 2] & 0xff;
            int size = (data[i + 3] & 0xff) << 8 | data[i + 4] & 0xff;
            if ((size & 0x8000) != 0) {
                throw new FileDefect("its IPTC metadata uses an extended dataset length, which is not read");
            }
            if (i + 5 + size > end) {
                throw new FileDefect("IPTC dataset " + record + ":" + dataset + " runs past the end of its block");
            }
            if (record == 2) {
                out.add(new Entry(iptcName(dataset), new String(data, i + 5, size, StandardCharsets.UTF_8)));
            }
            i += 5 + size;
        }
        return out;
    }

    /** The IPTC blocks of a Photoshop APP13 segment: 8BIM resources, IPTC-NAA being 0x0404. */
    static List<Entry> photoshop(byte[] data) throws FileDefect {
        byte[] id = "Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1);
        if (data.length < id.length || !java.util.Arrays.equals(data, 0, id.length, id, 0, id.length)) {
            return iptc(data, 0, data.length);
        }
        List<Entry> out = new ArrayList<>();
        int i = id.length;
        while (i + 12 <= data.length) {
            if (data[i] != '8' || data[i + 1] != 'B' || data[i + 2] != 'I' || data[i + 3] != 'M') {
                throw new FileDefect("its Photoshop resource block at byte " + i + " has no 8BIM signature");
            }
            int type = (data[i + 4] & 0xff) << 8 | data[i + 5] & 0xff;
            int nameLength = data[i + 6] & 0xff;
            int at = i + 6 + ((nameLength + 2) & ~1); // a Pascal string padded to even
            if (at + 4 > data.length) {
                throw new FileDefect("its Photoshop resource " + type + " is cut off");
            }
            long size = ((data[at] & 0xffL) << 24) | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | data[at + 3] & 0xff;
            at += 4;
            if (at + size > data.length) {
                throw new FileDefect("its Photoshop resource " + type + " runs past the end of the segment");
            }
            if (type == 0x0404) {
                out.addAll(iptc(data, at, (int) size));
            }
            i = (int) (at + size + (size & 1));
        }
        return out;
    }

    private static String iptcName(int dataset) {
        return switch (dataset) {
            case 5 -> "ObjectName";
            case 25 -> "Keywords";
            case 55 -> "DateCreated";
            case 80 -> "By-line";
            case 85 -> "By-lineTitle";
            case 90 -> "City";
            case 101 -> "Country";
            case 110 -> "Credit";
            case 115 -> "Source";
            case 116 -> "Copyright";
            case 118 -> "Contact";
            case 120 -> "Caption";
            case 122 -> "Writer";
            default -> "IPTC 2:" + dataset;
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no detail";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
