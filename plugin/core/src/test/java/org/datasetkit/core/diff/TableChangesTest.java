package org.datasetkit.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableChangesTest {

    private static CsvTable csv(String text) {
        return CsvTable.parse("labels.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rowsAreMatchedByTheKeyColumnNotByPosition() {
        TableChanges t = TableChanges.between("labels.csv", csv("id,label\n1,benign\n2,malignant\n3,benign\n"),
                csv("id,label\n3,benign\n1,malignant\n4,benign\n"), Optional.empty(), Optional.empty());
        assertThat(t.keyColumn()).isEqualTo("id");
        assertThat(t.rowsAdded()).isEqualTo(1);
        assertThat(t.rowsRemoved()).isEqualTo(1);
        assertThat(t.rowsChanged()).as("row 1 relabelled").isEqualTo(1);
        assertThat(t.kinds()).containsExactlyInAnyOrder(ChangeKind.ROWS_ADDED, ChangeKind.ROWS_REMOVED, ChangeKind.ROWS_CHANGED);
        assertThat(t.labelsBefore()).containsEntry("benign", 2).containsEntry("malignant", 1);
        assertThat(t.labelsAfter()).containsEntry("benign", 2).containsEntry("malignant", 1);
    }

    @Test
    void aColumnRenamedInPlaceIsARenameAndItsValuesStillCompare() {
        TableChanges t = TableChanges.between("t.csv", csv("id,diagnosis,site\n1,benign,A\n"),
                csv("id,label\n1,benign\n"), Optional.of("id"), Optional.empty());
        assertThat(t.columnsRenamed()).containsExactly(new FileChanges.Rename("diagnosis", "label"));
        assertThat(t.columnsRemoved()).containsExactly("site");
        assertThat(t.rowsChanged()).isZero();
        assertThat(t.kinds()).containsExactlyInAnyOrder(ChangeKind.COLUMN_RENAMED, ChangeKind.COLUMN_REMOVED);
        TableChanges widened = TableChanges.between("t.csv", csv("id,label\n1,benign\n"),
                csv("id,label,age\n1,benign,60\n"), Optional.empty(), Optional.empty());
        assertThat(widened.columnsAdded()).containsExactly("age");
        assertThat(widened.kinds()).containsExactly(ChangeKind.COLUMN_ADDED);
    }

    @Test
    void quotedCellsKeepTheirSeparatorsAndQuotes() {
        CsvTable t = csv("id,note\r\n1,\"a, \"\"b\"\"\nc\"\r\n");
        assertThat(t.rows()).containsExactly(java.util.List.of("1", "a, \"b\"\nc"));
    }
}
