package org.datasetkit.core.privacy;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;

/**
 * Office Open XML packages — DOCX, PPTX and XLSX — read as what they are, ZIP files of XML, with a streaming XML
 * reader and no Office library: the core properties (title, subject, author, keywords...), the paragraphs of the
 * document, its headers, footers, notes and comments, the text of every slide, and every cell of every sheet.
 * Documents are judged by the {@link DocumentRules}, sheets by the {@link TableRules}. Each part is inflated at most
 * to {@link #MAX_PART} bytes: a package that expands beyond is a {@link FileDefect}, not a hang.
 */
final class OoxmlCheck implements FileCheck {

    static final long MAX_PART = 256L << 20;
    private static final Pattern TEXT_PART = Pattern.compile("(word/(document|header\\d*|footer\\d*|footnotes|endnotes|"
            + "comments)|ppt/slides/slide\\d+|ppt/notesSlides/notesSlide\\d+)\\.xml");
    private static final Pattern SHEET = Pattern.compile("xl/worksheets/sheet\\d+\\.xml");
    private static final XMLInputFactory XML = MetadataText.safeFactory();

    private final DocumentRules documents;
    private final OoxmlSheets sheets;

    OoxmlCheck(DocumentRules documents, TableRules tables) {
        this.documents = documents;
        this.sheets = new OoxmlSheets(tables);
    }

    @Override
    public String name() {
        return "office";
    }

    @Override
    public Set<FileKind> kinds() {
        return Set.of(FileKind.OOXML);
    }

    @Override
    public void check(CheckedFile file, PrivacyPolicy policy, List<Diagnostic> findings) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.file().file().toFile());
        } catch (ZipException e) {
            throw new FileDefect("it is not a readable ZIP package (" + e.getMessage() + "); a password-protected or"
                    + " legacy Office file cannot be checked");
        }
        try (zip) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                throw new FileDefect("it has no [Content_Types].xml: it is not an Office Open XML package");
            }
            DocumentRules.Document doc = documents.new Document(file.path(), "office", policy, file.shapes(), findings);
            List<ZipEntry> entries = new ArrayList<>(Collections.list(zip.entries()));
            entries.sort(java.util.Comparator.comparing(ZipEntry::getName, OoxmlCheck::naturalOrder));
            for (ZipEntry e : entries) {
                String name = e.getName();
                if (name.equals("docProps/core.xml")) {
                    paragraphs(zip, e, doc, "core property", true);
                } else if (TEXT_PART.matcher(name).matches()) {
                    paragraphs(zip, e, doc, where(name), false);
                }
            }
            doc.end();
            if (entries.stream().anyMatch(e -> SHEET.matcher(e.getName()).matches())) {
                sheets.check(zip, entries, file.path(), policy, findings);
            }
        } catch (XMLStreamException e) {
            throw new FileDefect("a part of the package is not well-formed XML (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")");
        } catch (ZipException e) {
            throw new FileDefect("a part of the package cannot be inflated (" + e.getMessage() + ")");
        }
    }

    /** A part's text, one paragraph (or, for the core properties, one property) at a time. */
    private void paragraphs(ZipFile zip, ZipEntry e, DocumentRules.Document doc, String where, boolean properties)
            throws IOException, XMLStreamException {
        try (InputStream in = open(zip, e)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            StringBuilder text = new StringBuilder();
            int paragraph = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.CHARACTERS && text.length() < CsvReader.KEEP_FIELD) {
                    text.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String local = r.getLocalName();
                    if (properties && text.length() > 0) {
                        doc.text(where + " '" + local + "'", text.toString(), 0);
                        text.setLength(0);
                    } else if (!properties && local.equals("p")) {
                        paragraph++;
                        doc.text(where + ", paragraph " + paragraph, text.toString(), 0);
                        text.setLength(0);
                    } else if (!properties && local.equals("t")) {
                        text.append(' ');
                    }
                }
            }
            r.close();
        }
    }

    private static String where(String part) {
        if (part.startsWith("ppt/slides/slide")) {
            return "slide " + part.replaceAll("\\D", "");
        }
        if (part.startsWith("ppt/notesSlides/")) {
            return "the notes of slide " + part.replaceAll("\\D", "");
        }
        return part.substring(5, part.length() - 4).replaceAll("\\d+$", " $0").strip();
    }

    /** A part's content, inflated at most to {@link #MAX_PART} bytes. */
    static InputStream open(ZipFile zip, ZipEntry e) throws IOException {
        return new FilterInputStream(zip.getInputStream(e)) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                count(Math.max(0, n));
                return n;
            }

            private void count(int n) throws FileDefect {
                read += n;
                if (read > MAX_PART) {
                    throw new FileDefect("its part " + e.getName() + " inflates to more than " + (MAX_PART >> 20)
                            + " MiB: a ZIP bomb, or a part too large to check");
                }
            }
        };
    }

    /** slide2 before slide10. */
    static int naturalOrder(String a, String b) {
        String na = a.replaceAll("\\d+", "");
        String nb = b.replaceAll("\\d+", "");
        if (!na.equals(nb)) {
            return a.compareTo(b);
        }
        String da = a.replaceAll("\\D", "");
        String db = b.replaceAll("\\D", "");
        return da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
    }
}
