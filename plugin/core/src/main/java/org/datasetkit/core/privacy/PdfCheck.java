package org.datasetkit.core.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.datasetkit.core.dataset.FileKind;
import org.datasetkit.core.diag.Diagnostic;

/**
 * PDF documents (protocols, codebooks, consent templates), read with Apache PDFBox: the info dictionary, the XMP
 * metadata and the text of every page, judged by the {@link DocumentRules}. Parsed objects are cached in a temporary
 * file, not the heap. A PDF that cannot be opened — damaged beyond repair, or protected by a password — is a
 * {@link FileDefect}: its text cannot be shown to be free of identifiers.
 */
final class PdfCheck implements FileCheck {

    private final DocumentRules rules;

    PdfCheck(DocumentRules rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public Set<FileKind> kinds() {
        return Set.of(FileKind.PDF);
    }

    @Override
    public void check(CheckedFile file, PrivacyPolicy policy, List<Diagnostic> findings) throws IOException {
        DocumentRules.Document doc = rules.new Document(file.path(), "pdf", policy, file.shapes(), findings);
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file.file().file()), "",
                IOUtils.createTempFileOnlyStreamCache())) {
            info(pdf.getDocumentInformation(), doc);
            PDMetadata xmp = pdf.getDocumentCatalog().getMetadata();
            if (xmp != null) {
                try (InputStream in = xmp.exportXMPMetadata()) {
                    byte[] packet = in.readNBytes(1 << 20);
                    for (MetadataText.Entry e : MetadataText.xmp(packet, 0, packet.length)) {
                        doc.text("XMP " + e.key(), e.value(), 0);
                    }
                }
            }
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String[] lines = stripper.getText(pdf).split("\\R");
                for (int l = 0; l < lines.length; l++) {
                    doc.text("page " + page + ", line " + (l + 1), lines[l], 0);
                }
            }
        } catch (InvalidPasswordException e) {
            throw new FileDefect("it is protected by a password, so its text cannot be read");
        } catch (FileDefect e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new FileDefect("PDFBox cannot read it as a PDF (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        doc.end();
    }

    private static void info(PDDocumentInformation info, DocumentRules.Document doc) {
        for (String key : new java.util.TreeSet<>(info.getMetadataKeys())) {
            String value = info.getCustomMetadataValue(key);
            if (value != null) {
                doc.text("info " + key, value, 0);
            }
        }
    }
}
