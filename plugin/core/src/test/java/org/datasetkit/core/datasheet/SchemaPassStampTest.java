package org.datasetkit.core.datasheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.datasetkit.core.diag.Diagnostic;
import org.datasetkit.core.support.Datasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema is skipped only for the very datasheet, schema and datasetkit it passed. A stamp forged for a datasheet
 * the schema refuses shows when the stamp is trusted (the refusal disappears) and when it is not (it stays).
 */
class SchemaPassStampTest {

    /** Well-formed YAML that the schema refuses (an access level outside its enumeration). */
    private static final String REFUSED = Datasets.MINIMAL_DATASHEET.replace("access: {level: open}", "access: {level: nowhere}");

    private static DatasheetSchema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() {
        schema = new DatasheetSchema();
    }

    private Path stampFile() {
        return dir.resolve("target/dataset/datasheet-schema.stamp");
    }

    private List<Diagnostic> errors(String datasheet, SchemaPassStamp stamp) throws Exception {
        Datasets.write(dir, "datasheet.yaml", datasheet);
        ValidationResult result = new DatasheetValidator(schema, Optional.of(stamp))
                .validate(new ValidationRequest(dir, Optional.empty(), Optional.empty()));
        return result.diagnostics().all().stream().filter(Diagnostic::isError).toList();
    }

    /** Stamps the datasheet as passed, as a run with these inputs would have. */
    private void forge(String datasheet, SchemaPassStamp stamp, String schemaDigest) throws Exception {
        Path file = Datasets.write(dir, "datasheet.yaml", datasheet);
        ParsedDatasheet parsed = new StrictDatasheetReader().read(file, "datasheet.yaml");
        stamp.record(stamp.key(parsed, schemaDigest));
    }

    @Test
    void aPassIsStampedAndADatasheetTheSchemaRefusesNever() throws Exception {
        SchemaPassStamp stamp = new SchemaPassStamp(stampFile(), "1.0");

        assertThat(errors(REFUSED, stamp)).extracting(Diagnostic::code).isNotEmpty();
        assertThat(stampFile()).doesNotExist();
        assertThat(errors(Datasets.MINIMAL_DATASHEET, stamp)).isEmpty();
        assertThat(Files.readAllLines(stampFile())).hasSize(3).first().isEqualTo(SchemaPassStamp.FORMAT);
    }

    @Test
    void aStampForTheSameInputsSkipsTheSchema() throws Exception {
        SchemaPassStamp stamp = new SchemaPassStamp(stampFile(), "1.0");
        forge(REFUSED, stamp, schema.digest());

        assertThat(errors(REFUSED, stamp)).isEmpty();
    }

    @Test
    void anotherDatasheetIsValidatedInFull() throws Exception {
        SchemaPassStamp stamp = new SchemaPassStamp(stampFile(), "1.0");
        forge(REFUSED, stamp, schema.digest());

        // the same refusal with one more key: other bytes, another tree
        assertThat(errors(REFUSED + "keywords: [mammography]\n", stamp)).isNotEmpty();
    }

    @Test
    void anotherSchemaIsRunInFull() throws Exception {
        SchemaPassStamp stamp = new SchemaPassStamp(stampFile(), "1.0");
        forge(REFUSED, stamp, "the digest of another schema");

        assertThat(errors(REFUSED, stamp)).isNotEmpty();
    }

    @Test
    void anotherDatasetkitRunsTheSchemaInFull() throws Exception {
        forge(REFUSED, new SchemaPassStamp(stampFile(), "1.0"), schema.digest());

        assertThat(errors(REFUSED, new SchemaPassStamp(stampFile(), "1.1"))).isNotEmpty();
    }

    @Test
    void aDamagedStampIsIgnoredAndReplacedByTheNextPass() throws Exception {
        SchemaPassStamp stamp = new SchemaPassStamp(stampFile(), "1.0");
        forge(REFUSED, stamp, schema.digest());
        List<String> lines = Files.readAllLines(stampFile());
        // the key kept, its checksum damaged
        Files.write(stampFile(), List.of(lines.get(0), lines.get(1), lines.get(2).replace("check ", "check 0")));

        assertThat(errors(REFUSED, stamp)).isNotEmpty();

        Files.write(stampFile(), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThat(errors(REFUSED, stamp)).isNotEmpty();
        assertThat(errors(Datasets.MINIMAL_DATASHEET, stamp)).isEmpty();
        assertThat(new String(Files.readAllBytes(stampFile()), StandardCharsets.UTF_8)).startsWith(SchemaPassStamp.FORMAT);
    }
}
