package org.datasetkit.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FileChangesTest {

    @Test
    void addedRemovedChangedAndMovedFromTheManifestsAlone() {
        FileChanges c = FileChanges.between(
                Map.of("a.png", "01", "b.png", "02", "c.png", "03", "old/d.png", "04"),
                Map.of("a.png", "01", "b.png", "22", "e.png", "05", "new/d.png", "04"));
        assertThat(c.added()).containsExactly("e.png");
        assertThat(c.removed()).containsExactly("c.png");
        assertThat(c.changed()).containsExactly("b.png");
        assertThat(c.renamed()).containsExactly(new FileChanges.Rename("old/d.png", "new/d.png"));
        assertThat(c.unchanged()).isEqualTo(1);
    }

    @Test
    void aCopyOfAnUnchangedFileIsAddedNotMoved() {
        FileChanges c = FileChanges.between(Map.of("a.png", "01"), Map.of("a.png", "01", "copy.png", "01"));
        assertThat(c.added()).containsExactly("copy.png");
        assertThat(c.renamed()).isEmpty();
    }

    @Test
    void twoFilesWithTheSameContentMovedAreTwoMoves() {
        FileChanges c = FileChanges.between(Map.of("x/1", "aa", "x/2", "aa"), Map.of("y/1", "aa", "y/2", "aa"));
        assertThat(c.renamed()).hasSize(2);
        assertThat(c.added()).isEmpty();
        assertThat(c.removed()).isEmpty();
    }
}
