package org.datasetkit.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.datasetkit.core.datasheet.Composition.LabelTable;
import org.datasetkit.core.datasheet.DatasheetLocation;
import org.datasetkit.core.datasheet.SourcePosition;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The label table: read as RFC 4180 CSV or TSV, streaming; a table that does not match the datasheet is its error. */
class LabelTableReaderTest {

    @TempDir
    Path root;

    private static DatasheetLocation at(int line, int column) {
        return new DatasheetLocation("datasheet.yaml", "/composition/labels/file", new SourcePosition(line, column));
    }

    private static LabelTable table(String path, String label, String split) {
        return new LabelTable(path, at(40, 13), label, at(40, 40), Optional.ofNullable(split),
                Optional.ofNullable(split).map(s -> at(40, 60)));
    }

    @Test
    void quotedCellsMayHoldCommasQuotesAndLineBreaks() throws Exception {
        Datasets.write(root, "labels.csv", "\uFEFFimage,\"note, free\",label,split\r\n"
                + "a.png,\"said \"\"hi\"\", then\nleft\",benign,train\r\n"
                + "b.png,,malignant,test\n"
                + "c.png,x,benign,\n"
                + "\n");

        LabelCounts c = new LabelTableReader().read(root, table("labels.csv", "label", "split"));

        assertThat(c.rows()).isEqualTo(3);
        assertThat(c.byLabel()).containsExactly(Map.entry("benign", 2L), Map.entry("malignant", 1L));
        assertThat(c.bySplit()).containsExactly(Map.entry("train", 1L), Map.entry("test", 1L),
                Map.entry(LabelCounts.EMPTY, 1L));
        assertThat(c.bySplitAndLabel().get("train")).containsExactly(Map.entry("benign", 1L));
    }

    @Test
    void aTsvIsSplitOnTabs() throws Exception {
        Datasets.write(root, "labels.tsv", "id\tlabel\n1\t\"a, b\"\n2\tc\n");

        LabelCounts c = new LabelTableReader().read(root, table("labels.tsv", "label", null));

        assertThat(c.byLabel()).containsExactly(Map.entry("\"a, b\"", 1L), Map.entry("c", 1L));
        assertThat(c.bySplit()).isEmpty();
    }

    @Test
    void aMissingColumnIsAnErrorWhereTheDatasheetNamesItWithTheColumnsThereAre() throws Exception {
        Datasets.write(root, "labels.csv", "image,label\na,1\n");

        Diagnostic d = problem(table("labels.csv", "label", "fold"));

        assertThat(d.code()).isEqualTo("report.label-column-missing");
        assertThat(d.line()).isEqualTo(40);
        assertThat(d.column()).isEqualTo(60);
        assertThat(d.message()).isEqualTo("labels.csv has no column 'fold'; its columns are image, label");
        assertThat(d.hint()).contains("composition.labels.splitColumn");
    }

    @Test
    void aMissingFileColumnIsAnErrorWhereTheDatasheetNamesIt() throws Exception {
        Datasets.write(root, "labels.csv", "image,label\na,1\n");
        LabelTable named = new LabelTable("labels.csv", at(40, 13), "label", at(40, 40), Optional.empty(),
                Optional.empty(), Optional.of("file"), Optional.of(at(41, 17)));

        Diagnostic d = problem(named);

        assertThat(d.code()).isEqualTo("report.label-column-missing");
        assertThat(d.line()).isEqualTo(41);
        assertThat(d.column()).isEqualTo(17);
        assertThat(d.message()).isEqualTo("labels.csv has no column 'file'; its columns are image, label");
    }

    @Test
    void anEmptyOrUnreadableTableIsAnErrorNotAnEmptyChart() throws Exception {
        Datasets.write(root, "empty.csv", "");
        Datasets.write(root, "latin1.csv", "label\nn\u00e4ve\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(problem(table("empty.csv", "label", null)).code()).isEqualTo("report.label-table-empty");
        assertThat(problem(table("latin1.csv", "label", null)).code()).isEqualTo("report.label-table-encoding");
        assertThat(problem(table("missing.csv", "label", null)).code()).isEqualTo("report.label-table-missing");
        assertThat(problem(table("../outside.csv", "label", null)).code()).isEqualTo("report.label-table-missing");
    }

    @Test
    void aColumnOfIdentifiersIsCountedInBoundedMemory() throws Exception {
        StringBuilder csv = new StringBuilder("id\n");
        for (int i = 0; i < LabelTableReader.MAX_DISTINCT + 5; i++) {
            csv.append(i).append('\n');
        }
        Datasets.write(root, "ids.csv", csv.toString());

        LabelCounts c = new LabelTableReader().read(root, table("ids.csv", "id", null));

        assertThat(c.byLabel()).hasSize(LabelTableReader.MAX_DISTINCT + 1).containsEntry(LabelTableReader.TOO_MANY, 5L);
    }

    private Diagnostic problem(LabelTable table) {
        return catchThrowableOfType(DatasetException.class, () -> new LabelTableReader().read(root, table))
                .diagnostics().all().get(0);
    }
}
