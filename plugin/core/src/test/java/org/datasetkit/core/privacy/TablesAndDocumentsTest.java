package org.datasetkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.datasetkit.core.dataset.DatasetScanner;
import org.datasetkit.core.dataset.ScanRequest;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Datasets;
import org.datasetkit.core.support.MetadataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables read by an RFC 4180 parser and XLSX, and documentation (PDF, DOCX, Markdown), judged cell by cell. */
class TablesAndDocumentsTest {

    private static final PrivacyPolicy NONE_DECLARED = new PrivacyPolicy(true, Set.of(), Optional.empty(), Set.of(),
            Set.of(), Set.of(), "");

    @TempDir
    Path root;

    private List<Diagnostic> scan() throws Exception {
        return new PrivacyScanner().scan(new DatasetScanner().scan(ScanRequest.of(root)), NONE_DECLARED, 2).diagnostics().all();
    }

    private static String at(Diagnostic d) {
        return d.file() + ":" + d.line() + ":" + d.column() + " " + d.code();
    }

    @Test
    void quotedFieldsWithSeparatorsQuotesAndLineBreaksKeepTheirColumnsAndLines() throws Exception {
        List<List<String>> records = new ArrayList<>();
        List<String> where = new ArrayList<>();
        CsvReader csv = new CsvReader(new StringReader("\uFEFFa,\"b, \"\"quoted\"\"\",c\r\n\"multi\nline\",x,\"\"\nlast,,"), ',');
        for (List<CsvReader.Field> r; (r = csv.next()) != null;) {
            records.add(r.stream().map(CsvReader.Field::text).toList());
            r.forEach(f -> where.add(f.line() + ":" + f.column()));
        }

        assertThat(records).containsExactly(List.of("a", "b, \"quoted\"", "c"), List.of("multi\nline", "x", ""),
                List.of("last", "", ""));
        assertThat(where).containsExactly("1:1", "1:3", "1:19", "2:1", "3:7", "3:9", "4:1", "4:6", "4:7");
    }

    @Test
    void anUnclosedQuoteFailsClosedNamingWhereItOpened() throws Exception {
        Datasets.write(root, "broken.csv", "id,note\n1,\"never closed\n2,x\n");

        assertThat(scan()).singleElement().satisfies(d -> assertThat(d.message())
                .contains("the quoted field that starts at line 2, column 3 is never closed"));
    }

    @Test
    void identifyingHeadersAreFoundInEveryFormAndCellsForIdsMailAndPhones() throws Exception {
        Datasets.write(root, "a.csv", "\uFEFFcase;\"Patient Name\";note\n1;Karin Andersson;\"x; \"\"y\"\", 19811218-9876\"\n");
        Datasets.write(root, "b.csv", "full_name,DOB,namn,Personnummer,födelsedatum,SSN,diagnosis\n");
        Datasets.write(root, "c.tsv", "id\tcontact\n1\tkarin.andersson@example.se\n2\t+46 70 123 45 67\n3\t2020-01-01\n"
                + "4\t0.123456789\n");

        assertThat(scan()).extracting(TablesAndDocumentsTest::at).containsExactlyInAnyOrder(
                "a.csv:1:6 privacy.identifying-column",
                "a.csv:2:19 privacy.personal-identity-number",
                "b.csv:1:1 privacy.identifying-column", "b.csv:1:11 privacy.identifying-column",
                "b.csv:1:15 privacy.identifying-column", "b.csv:1:20 privacy.identifying-column",
                "b.csv:1:33 privacy.identifying-column", "b.csv:1:46 privacy.identifying-column",
                "c.tsv:2:3 privacy.email", "c.tsv:3:3 privacy.phone");
    }

    @Test
    void aColumnFullOfIdentityNumbersIsShownAFewTimesAndCounted() throws Exception {
        StringBuilder csv = new StringBuilder("id,pnr_note\n");
        for (int i = 0; i < 50; i++) {
            csv.append(i).append(",19811218-9876\n");
        }
        Datasets.write(root, "many.csv", csv.toString());

        List<Diagnostic> found = scan();

        assertThat(found).hasSize(TableRules.SHOWN_PER_COLUMN + 1);
        assertThat(found).anySatisfy(d -> assertThat(d.message()).contains("47 more cells of column 'pnr_note'"));
    }

    @Test
    void xlsxCellsAreReadBySheetAndCellIncludingNumbers() throws Exception {
        Datasets.write(root, "book.xlsx", MetadataFiles.xlsx("Labels", List.of(
                List.of("case", "Patient Name", "ref"), List.of(1, "ANON", 198112189876L))));

        assertThat(scan()).extracting(TablesAndDocumentsTest::at, Diagnostic::pointer).containsExactlyInAnyOrder(
                tuple("book.xlsx:1:2 privacy.identifying-column", "Labels!column 2 'Patient Name'"),
                tuple("book.xlsx:2:3 privacy.personal-identity-number", "Labels!column 3 'ref'"));
    }

    @Test
    void documentsAreCheckedForIdentityNumbersAndNamedPatientsNotForTheirAuthors() throws Exception {
        Datasets.write(root, "docs/codebook.docx", MetadataFiles.docx("Jane Doe", "Column pnr holds pseudonyms.",
                "Example row: Patient: Karin Andersson"));
        Datasets.write(root, "docs/protocol.pdf", MetadataFiles.pdf("Jane Doe", "Introduction", "Participant 19811218-9876"));
        Datasets.write(root, "docs/README.md", "# Data\n\nContact: data@example.org\n\nTodos los datos; see Andersson^Karin\n");
        Datasets.write(root, "docs/notes.txt", "nothing here\n");

        assertThat(scan()).extracting(d -> d.file() + " " + d.code() + " " + d.message().replaceAll(" holds.*", ""))
                .containsExactlyInAnyOrder(
                        "docs/codebook.docx privacy.person-name document, paragraph 2",
                        "docs/protocol.pdf privacy.personal-identity-number page 2, line 1",
                        "docs/README.md privacy.person-name line 5");
    }

    @Test
    void aDocxThatIsNotAZipFailsClosed() throws Exception {
        Datasets.write(root, "codebook.docx", "not a zip".getBytes(StandardCharsets.US_ASCII));

        assertThat(scan()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("privacy.unreadable");
            assertThat(d.message()).contains("not a readable ZIP package");
        });
    }
}
