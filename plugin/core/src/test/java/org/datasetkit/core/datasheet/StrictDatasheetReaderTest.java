package org.datasetkit.core.datasheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.datasetkit.core.diag.DatasetException;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrictDatasheetReaderTest {

    @TempDir
    Path dir;

    private final StrictDatasheetReader reader = new StrictDatasheetReader();

    private ParsedDatasheet read(String yaml) throws Exception {
        return reader.read(Datasets.write(dir, "datasheet.yaml", yaml), "datasheet.yaml");
    }

    private List<Diagnostic> problems(String yaml) {
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> read(yaml));
        assertThat(e).as("expected the datasheet to be refused").isNotNull();
        return e.diagnostics().all();
    }

    @Test
    void recordsWhereEveryKeyAndValueStands() throws Exception {
        ParsedDatasheet sheet = read("title: T\nlicense:\n  spdx: CC0-1.0\ncreators:\n  - name: \"Doe, Jane\"\n");

        assertThat(sheet.sourceMap().keyOf("/license/spdx")).isEqualTo(new SourcePosition(3, 3));
        assertThat(sheet.sourceMap().valueOf("/license/spdx")).isEqualTo(new SourcePosition(3, 9));
        assertThat(sheet.sourceMap().keyOf("/creators/0/name")).isEqualTo(new SourcePosition(5, 5));
        assertThat(sheet.tree().at("/creators/0/name").asString()).isEqualTo("Doe, Jane");
    }

    @Test
    void aMissingKeyFallsBackToItsNearestParent() throws Exception {
        ParsedDatasheet sheet = read("title: T\nlicense:\n  spdx: CC0-1.0\n");

        assertThat(sheet.sourceMap().keyOf("/license/textFile")).isEqualTo(new SourcePosition(2, 1));
        assertThat(sheet.sourceMap().keyOf("/nothing/here")).isEqualTo(SourcePosition.START);
    }

    @Test
    void keepsTheSourceTextOfScalars() throws Exception {
        ParsedDatasheet sheet = read("version: 1.10\n");

        assertThat(sheet.tree().get("version").isNumber()).isTrue();
        assertThat(sheet.sourceMap().sourceText("/version")).isEqualTo("1.10");
    }

    @Test
    void yesAndNoStayStrings() throws Exception {
        ParsedDatasheet sheet = read("country: NO\nflag: yes\n");

        assertThat(sheet.tree().get("country").isString()).isTrue();
        assertThat(sheet.tree().get("flag").asString()).isEqualTo("yes");
    }

    @Test
    void everyDuplicateKeyIsReportedWithBothPositions() {
        List<Diagnostic> found = problems("title: A\nversion: \"1\"\ntitle: B\nlicense:\n  spdx: X\n  spdx: Y\n");

        assertThat(found).extracting(Diagnostic::code).containsOnly("yaml.duplicate-key");
        assertThat(found).extracting(d -> d.line() + ":" + d.column()).containsExactly("3:1", "6:3");
        assertThat(found.get(0).message()).contains("'title'", "line 1");
    }

    @Test
    void aliasesAreRefusedWhereTheyStand() {
        List<Diagnostic> found = problems("a: &x one\nb: *x\n");

        assertThat(found).extracting(Diagnostic::code).containsExactly("yaml.alias");
        assertThat(found.get(0).line()).isEqualTo(2);
        assertThat(found.get(0).column()).isEqualTo(4);
        assertThat(found.get(0).message()).contains("*x");
    }

    @Test
    void anchoredMapsAreRefused() {
        List<Diagnostic> found = problems("base: &defaults {level: open}\n");

        assertThat(found).extracting(Diagnostic::code).containsExactly("yaml.anchor");
        assertThat(found.get(0).message()).contains("&defaults");
    }

    @Test
    void aSyntaxErrorNamesItsPosition() {
        List<Diagnostic> found = problems("title: T\n  bad: indentation\n");

        assertThat(found).hasSize(1);
        assertThat(found.get(0).code()).isEqualTo("yaml.syntax");
        assertThat(found.get(0).line()).isEqualTo(2);
        assertThat(found.get(0).hint()).isNotEmpty();
    }

    @Test
    void aSecondDocumentIsRefused() {
        assertThat(problems("title: A\n---\ntitle: B\n")).extracting(Diagnostic::code).containsExactly("yaml.multiple-documents");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(problems("")).extracting(Diagnostic::code).containsExactly("datasheet.empty");
    }

    @Test
    void aListAtTheTopIsRefused() {
        assertThat(problems("- a\n- b\n")).extracting(Diagnostic::code).containsExactly("datasheet.not-a-map");
    }

    @Test
    void invalidUtf8IsRefused() {
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> reader.read(
                Datasets.write(dir, "datasheet.yaml", new byte[] {'t', ':', ' ', (byte) 0xC3, (byte) 0x28}), "datasheet.yaml"));

        assertThat(e.diagnostics().all()).extracting(Diagnostic::code).containsExactly("datasheet.encoding");
    }

    @Test
    void anOversizedFileIsRefusedBeforeParsing() throws Exception {
        Path big = Datasets.write(dir, "datasheet.yaml", "x: \"" + "a".repeat((int) StrictDatasheetReader.MAX_BYTES) + "\"\n");

        DatasetException e = catchThrowableOfType(DatasetException.class, () -> reader.read(big, "datasheet.yaml"));

        assertThat(e.diagnostics().all()).extracting(Diagnostic::code).containsExactly("datasheet.too-large");
        assertThat(Files.size(big)).isGreaterThan(StrictDatasheetReader.MAX_BYTES);
    }

    @Test
    void jsonDatasheetsAreReadWithPositionsToo() throws Exception {
        Path json = Datasets.write(dir, "datasheet.json", "{\n  \"title\": \"T\",\n  \"title\": \"U\"\n}\n");

        DatasetException e = catchThrowableOfType(DatasetException.class, () -> reader.read(json, "datasheet.json"));

        assertThat(e.diagnostics().all()).singleElement()
                .satisfies(d -> assertThat(d.format()).startsWith("datasheet.json:3:3: error [yaml.duplicate-key]"));
    }
}
