package org.datasetkit.core.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.datasetkit.core.diag.Diagnostic;

/**
 * The sheets of an XLSX workbook, streamed cell by cell: shared strings, inline strings and numbers (an identity
 * number typed as a number is still one), each judged by the {@link TableRules} with the sheet's first row as its
 * header. A finding names the cell as row:column and {@code Sheet!B7}.
 */
final class OoxmlSheets {

    /** Shared strings are kept up to this many characters in all; beyond, a cell shows as its string's number. */
    private static final long KEEP_SHARED = 32L << 20;
    private static final XMLInputFactory XML = MetadataText.safeFactory();

    private final TableRules tables;

    OoxmlSheets(TableRules tables) {
        this.tables = tables;
    }

    void check(ZipFile zip, List<ZipEntry> entries, String file, PrivacyPolicy policy, List<Diagnostic> out)
            throws IOException, XMLStreamException {
        List<String> shared = sharedStrings(zip);
        Map<String, String> names = sheetNames(zip);
        for (ZipEntry e : entries) {
            String part = e.getName();
            if (part.startsWith("xl/worksheets/sheet") && part.endsWith(".xml")) {
                String sheet = names.getOrDefault(part, part.substring(14, part.length() - 4));
                TableRules.Table table = tables.new Table(file, sheet, policy, out);
                sheet(zip, e, shared, table);
                table.end();
            }
        }
    }

    private void sheet(ZipFile zip, ZipEntry e, List<String> shared, TableRules.Table table)
            throws IOException, XMLStreamException {
        try (InputStream in = OoxmlCheck.open(zip, e)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            List<String> header = null;
            List<int[]> headerAt = new ArrayList<>();
            int headerRow = -1;
            String ref = null;
            String type = null;
            StringBuilder value = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("c")) {
                    ref = r.getAttributeValue(null, "r");
                    type = r.getAttributeValue(null, "t");
                    value.setLength(0);
                } else if (event == XMLStreamConstants.CHARACTERS && ref != null && value.length() < CsvReader.KEEP_FIELD) {
                    value.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c") && ref != null) {
                    int[] at = position(ref);
                    String text = "s".equals(type) ? shared(shared, value.toString().strip()) : value.toString();
                    if (headerRow < 0 || at[0] == headerRow) {
                        headerRow = at[0];
                        if (header == null) {
                            header = new ArrayList<>();
                        }
                        while (header.size() < at[1]) {
                            header.add("");
                            headerAt.add(new int[] {at[0], header.size()});
                        }
                        header.set(at[1] - 1, text);
                        headerAt.set(at[1] - 1, at);
                    } else {
                        if (header != null) {
                            table.header(header, headerAt);
                            header = null;
                        }
                        table.cell(at[1] - 1, text, at[0], at[1]);
                    }
                    ref = null;
                }
            }
            if (header != null) {
                table.header(header, headerAt);
            }
            r.close();
        }
    }

    private static String shared(List<String> shared, String index) throws FileDefect {
        try {
            int i = Integer.parseInt(index);
            if (i < 0) {
                throw new NumberFormatException();
            }
            return i < shared.size() ? shared.get(i) : "";
        } catch (NumberFormatException e) {
            throw new FileDefect("a cell refers to the shared string '" + index + "', which is not a number");
        }
    }

    /** Row and column (1-based) of a reference such as {@code AB12}. */
    static int[] position(String ref) throws FileDefect {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i)) && i < 3) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        try {
            int row = Integer.parseInt(ref.substring(i));
            if (col < 1 || row < 1 || col > 16_384) {
                throw new NumberFormatException();
            }
            return new int[] {row, col};
        } catch (NumberFormatException e) {
            throw new FileDefect("a cell has the reference '" + ref + "', which is not a cell reference");
        }
    }

    private List<String> sharedStrings(ZipFile zip) throws IOException, XMLStreamException {
        List<String> out = new ArrayList<>();
        ZipEntry e = zip.getEntry("xl/sharedStrings.xml");
        if (e == null) {
            return out;
        }
        long kept = 0;
        try (InputStream in = OoxmlCheck.open(zip, e)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.CHARACTERS && text.length() < CsvReader.KEEP_FIELD) {
                    text.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("si")) {
                    kept += text.length();
                    out.add(kept <= KEEP_SHARED ? text.toString() : "#" + out.size());
                    text.setLength(0);
                } else if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("rPh")) {
                    skip(r); // phonetic guides repeat the text
                }
            }
            r.close();
        }
        return out;
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        for (int depth = 1; depth > 0 && r.hasNext();) {
            int event = r.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    /** Sheet part to the name the workbook gives it, through workbook.xml and its relationships. */
    private Map<String, String> sheetNames(ZipFile zip) throws IOException, XMLStreamException {
        Map<String, String> idToName = new HashMap<>();
        Map<String, String> partToName = new HashMap<>();
        ZipEntry book = zip.getEntry("xl/workbook.xml");
        ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (book == null || rels == null) {
            return partToName;
        }
        for (String[] a : attributes(zip, book, "sheet", "name", "id")) {
            idToName.put(a[1], a[0]);
        }
        for (String[] a : attributes(zip, rels, "Relationship", "Id", "Target")) {
            if (idToName.containsKey(a[0]) && a[1] != null) {
                String target = a[1].startsWith("/") ? a[1].substring(1) : "xl/" + a[1];
                partToName.put(target, idToName.get(a[0]));
            }
        }
        return partToName;
    }

    /** The given attributes (by local name, any namespace) of every element named {@code element}. */
    private static List<String[]> attributes(ZipFile zip, ZipEntry e, String element, String... names)
            throws IOException, XMLStreamException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = OoxmlCheck.open(zip, e)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(element)) {
                    String[] values = new String[names.length];
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        for (int n = 0; n < names.length; n++) {
                            if (r.getAttributeLocalName(i).equals(names[n])) {
                                values[n] = r.getAttributeValue(i);
                            }
                        }
                    }
                    out.add(values);
                }
            }
            r.close();
        }
        return out;
    }
}
